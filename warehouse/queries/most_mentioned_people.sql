-- Most mentioned people in the last $days days (default 7), by article date (ingestion date when unknown).
-- Mentions of a bare surname count for the one full name it stands for (entity_summary.same_as_entity_id).
WITH mentions AS (
    SELECT coalesce(s.same_as_entity_id, e.entity_id) AS person_id, e.article_id
    FROM entities AS e
    JOIN entity_summary AS s USING (entity_id)
    JOIN articles AS a USING (article_id)
    WHERE e.label = 'PER'
      AND coalesce(a.published_at, a.ingested_at) >= current_timestamp - to_days(CAST($days AS INTEGER))
)
SELECT
    p.canonical_name AS person,
    count(*) AS mentions,
    count(DISTINCT m.article_id) AS articles
FROM mentions AS m
JOIN entity_summary AS p ON p.entity_id = m.person_id
GROUP BY p.canonical_name
ORDER BY mentions DESC, articles DESC, person
LIMIT $limit
