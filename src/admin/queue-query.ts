/** The review queue is the list view filtered to submitted documents, oldest first. */
export const QUEUE_QUERY = '?where[reviewState][equals]=submitted&sort=submittedAt'
