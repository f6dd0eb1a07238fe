import * as migration_20261128_001055_initial from './20261128_001055_initial'
import * as migration_20261128_032237_trash from './20261128_032237_trash'
import * as migration_20261128_040458_cluster_indexes from './20261128_040458_cluster_indexes'
import * as migration_20261128_041500_search_index from './20261128_041500_search_index'
import * as migration_20261201_074456_unit_heading from './20261201_074456_unit_heading'
import * as migration_20261201_080840_demo_month from './20261201_080840_demo_month'
import * as migration_20261201_082104_site_logo from './20261201_082104_site_logo'
import * as migration_20261201_093000_search_entries from './20261201_093000_search_entries'
import * as migration_20261201_093100_search_shown from './20261201_093100_search_shown'
import * as migration_20261201_093200_search_titles from './20261201_093200_search_titles'
import * as migration_20261201_093800_coverage_cap from './20261201_093800_coverage_cap'
import * as migration_20261201_093830_org_level from './20261201_093830_org_level'
import * as migration_20261201_093854_upload_usage from './20261201_093854_upload_usage'

export const migrations = [
  {
    up: migration_20261128_001055_initial.up,
    down: migration_20261128_001055_initial.down,
    name: '20261128_001055_initial',
  },
  {
    up: migration_20261128_032237_trash.up,
    down: migration_20261128_032237_trash.down,
    name: '20261128_032237_trash',
  },
  {
    up: migration_20261128_040458_cluster_indexes.up,
    down: migration_20261128_040458_cluster_indexes.down,
    name: '20261128_040458_cluster_indexes',
  },
  {
    up: migration_20261128_041500_search_index.up,
    down: migration_20261128_041500_search_index.down,
    name: '20261128_041500_search_index',
  },
  {
    up: migration_20261201_074456_unit_heading.up,
    down: migration_20261201_074456_unit_heading.down,
    name: '20261201_074456_unit_heading',
  },
  {
    up: migration_20261201_080840_demo_month.up,
    down: migration_20261201_080840_demo_month.down,
    name: '20261201_080840_demo_month',
  },
  {
    up: migration_20261201_082104_site_logo.up,
    down: migration_20261201_082104_site_logo.down,
    name: '20261201_082104_site_logo',
  },
  {
    up: migration_20261201_093000_search_entries.up,
    down: migration_20261201_093000_search_entries.down,
    name: '20261201_093000_search_entries',
  },
  {
    up: migration_20261201_093100_search_shown.up,
    down: migration_20261201_093100_search_shown.down,
    name: '20261201_093100_search_shown',
  },
  {
    up: migration_20261201_093200_search_titles.up,
    down: migration_20261201_093200_search_titles.down,
    name: '20261201_093200_search_titles',
  },
  {
    up: migration_20261201_093800_coverage_cap.up,
    down: migration_20261201_093800_coverage_cap.down,
    name: '20261201_093800_coverage_cap',
  },
  {
    up: migration_20261201_093830_org_level.up,
    down: migration_20261201_093830_org_level.down,
    name: '20261201_093830_org_level',
  },
  {
    up: migration_20261201_093854_upload_usage.up,
    down: migration_20261201_093854_upload_usage.down,
    name: '20261201_093854_upload_usage',
  },
]
