-- Every quote by one person: $name matches the resolved speaker, case-insensitively, on the full
-- name or its last part ("Blom" finds "Niels Blom").
SELECT
    coalesce(a.published_at, a.ingested_at) AS article_date,
    a.title AS article_title,
    q.speaker,
    q.quote_type,
    q.cue,
    q.text AS quote,
    q.article_id,
    q.quote_idx
FROM quotes AS q
JOIN articles AS a USING (article_id)
WHERE lower(q.speaker) = lower($name)
   OR lower(q.speaker) LIKE '% ' || lower($name)
ORDER BY article_date, q.article_id, q.quote_idx
