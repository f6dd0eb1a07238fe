import * as migration_20261128_001055_initial from './20261128_001055_initial';

export const migrations = [
  {
    up: migration_20261128_001055_initial.up,
    down: migration_20261128_001055_initial.down,
    name: '20261128_001055_initial'
  },
];
