/**
 * The compliance figures, as pure functions: what counts as sent, on time, late, published,
 * proposed, selected and covered, per unit and month, and how a score is made of them.
 * `compliance.ts` feeds these from the database; the JSON endpoint, the spreadsheet, the admin
 * view and the dashboard all read the one report they build. This module is their one import;
 * the functions live by subject beside it: `range.ts` (months asked for, units' lifetimes),
 * `counting.ts`, `score.ts`, `assemble.ts`, and the shapes in `report-types.ts`.
 *
 * Definitions (README "Báo cáo & xuất văn bản" repeats them):
 * - An exemplar belongs to the month of its `period` (Kỳ giới thiệu), not to the day it was saved.
 * - submitted: exemplars of the month that were sent for review (`submittedAt` set). The workflow
 *   sets `submittedAt` on every "Gửi duyệt" and clears it on "Rút lại", so a list that is sent,
 *   returned or published — or later unpublished by the office — still counts; one the unit took
 *   back and never re-sent does not. Exemplars an editor wrote and published without a unit ever
 *   sending them count as published, not as submitted.
 * - onTime: those of them whose `submittedAt` is no later than the end of deadline day D of month
 *   M+1 in Vietnam time (UTC+7). A re-submission after a return moves `submittedAt`, so the last
 *   sending is what is judged.
 * - A month's status: `on-time` when at least one exemplar was sent on time; `late` when some
 *   were sent but none on time; `missing` when nothing was sent and the deadline has passed;
 *   `pending` when nothing was sent yet and the deadline is still ahead; `inactive` when the unit
 *   did not exist that month (before `validFrom`, or from `validTo` on: merged units stop there).
 * - published: currently published. proposed: proposed to the province (selected ones included,
 *   the province can only select what was proposed). selected: taken up by the province.
 * - coverage: appearances in the exemplars' coverage log (Đã tuyên truyền trên), counted in the
 *   month of the exemplar's period: each distinct one once (outlet and address, or outlet and day
 *   when there is no address) and at most `coverageCapPerExemplar` (site settings) per exemplar,
 *   so per exemplar and month, since an exemplar belongs to one month.
 * - score = perPublished × published + perOnTimeMonth × on-time months + perProposal × proposed
 *   + perSelected × selected + perCoverage × coverage − |missingMonthPenalty| × missing months.
 */

export { assembleReport, isSameUnit, notSentIn, type AssembleInput } from './assemble'
export { countedCoverage, countExemplar, MONTH_STATUS_LABELS, monthStatus } from './counting'
export {
  activeIn,
  localDay,
  MAX_RANGE_MONTHS,
  parseOnePeriod,
  parseRange,
  RangeInputError,
} from './range'
export type * from './report-types'
export { DEFAULT_POINTS, ranks, scoreOf } from './score'
