type Option = { value: string; label: string }

/** One labelled `<select>` of a GET filter form, "Tất cả" first (works without JavaScript). */
export function SelectFilter(props: {
  label: string
  name: string
  value: string | null
  options: Option[]
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ''}>
        <option value="">Tất cả</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** A label table as options, in its own order. */
export const labelOptions = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** Units or movements as options, by slug. */
export const placeOptions = (places: { name: string; slug?: string | null }[]): Option[] =>
  places.map((place) => ({ value: place.slug ?? '', label: place.name }))
