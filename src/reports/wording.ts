import type { OrgWords } from '@/globals/org-words'

import type { Points } from './figures'

/**
 * The phrases the report screen and the workbook share, worded for the organisation in site
 * settings: a district proposes "lên tỉnh", a province "lên Trung ương".
 */

export const proposedHeading = ({ upperLevel }: Pick<OrgWords, 'upperLevel'>) =>
  `Đề xuất lên ${upperLevel}`

export const proposalsListName = ({ upperLevel }: Pick<OrgWords, 'upperLevel'>) =>
  `Danh sách đề xuất lên ${upperLevel}`

/** How the score is made, in one sentence, from the points an admin set. */
export function scoringSentence(p: Points, { upperLevel }: Pick<OrgWords, 'upperLevel'>): string {
  return [
    `mỗi gương xuất bản ${p.perPublished}`,
    `mỗi tháng gửi đúng hạn ${p.perOnTimeMonth}`,
    `mỗi gương đề xuất lên ${upperLevel} ${p.perProposal}`,
    `mỗi gương được ${upperLevel} lựa chọn ${p.perSelected}`,
    `mỗi lần đăng ${p.perCoverage} (mỗi gương tính tối đa ${p.coverageCapPerExemplar} lần đăng khác nhau)`,
    `mỗi tháng chưa gửi trừ ${Math.abs(p.missingMonthPenalty)}`,
  ].join(', ')
}
