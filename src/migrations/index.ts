import * as migration_20261128_001055_initial from './20261128_001055_initial';
import * as migration_20261128_040458_cluster_indexes from './20261128_040458_cluster_indexes';

export const migrations = [
  {
    up: migration_20261128_001055_initial.up,
    down: migration_20261128_001055_initial.down,
    name: '20261128_001055_initial',
  },
  {
    up: migration_20261128_040458_cluster_indexes.up,
    down: migration_20261128_040458_cluster_indexes.down,
    name: '20261128_040458_cluster_indexes'
  },
];
