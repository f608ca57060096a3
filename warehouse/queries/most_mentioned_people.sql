-- Most mentioned people in the last $days days (default 7), by article date (ingestion date when unknown).
SELECT
    canonical_name AS person,
    count(*) AS mentions,
    count(DISTINCT article_id) AS articles
FROM entities
JOIN articles USING (article_id)
WHERE label = 'PER'
  AND coalesce(published_at, ingested_at) >= current_timestamp - to_days(CAST($days AS INTEGER))
GROUP BY canonical_name
ORDER BY mentions DESC, articles DESC, person
LIMIT $limit
