import { displayDate } from '@/lib/dates'
import type { PortalDocument } from '@/portal/documents'

type Props = { documents: PortalDocument[]; query: string }

/** The directing documents register: number, type, summary, issuer, dates and the PDF. */
export function DocumentsRegister({ documents, query }: Props) {
  return (
    <>
      <h1 className="page-title">Văn bản chỉ đạo</h1>
      <form method="get" action="/van-ban" role="search" className="search-form">
        <label htmlFor="van-ban-q">Tìm văn bản (số, trích yếu, cơ quan ban hành)</label>
        <input id="van-ban-q" name="q" type="search" defaultValue={query} maxLength={200} />
        <button type="submit">Tìm</button>
      </form>
      {documents.length === 0 ? <p>Không có văn bản phù hợp.</p> : null}
      <div className="table-wrap">
        <table className="documents">
          <thead>
            <tr>
              <th scope="col">Số/ký hiệu</th>
              <th scope="col">Loại</th>
              <th scope="col">Trích yếu</th>
              <th scope="col">Cơ quan ban hành</th>
              <th scope="col">Ngày ban hành</th>
              <th scope="col">Ngày hiệu lực</th>
              <th scope="col">Tệp</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => {
              const file = typeof doc.file === 'object' ? doc.file : null
              return (
                <tr key={doc.id}>
                  <td>{doc.number}</td>
                  <td>{doc.docTypeLabel}</td>
                  <td>
                    {doc.title}
                    {doc.summary ? <p className="meta">{doc.summary}</p> : null}
                  </td>
                  <td>{doc.issuer}</td>
                  <td>{displayDate(doc.issuedAt)}</td>
                  <td>{displayDate(doc.effectiveAt)}</td>
                  <td>{file?.url ? <a href={file.url}>Tải PDF</a> : null}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
