import * as migration_20261127_230231_initial from './20261127_230231_initial';

export const migrations = [
  {
    up: migration_20261127_230231_initial.up,
    down: migration_20261127_230231_initial.down,
    name: '20261127_230231_initial'
  },
];
