-- Pairs of entities mentioned in the same article, by how many articles they share.
WITH per_article AS (
    SELECT DISTINCT article_id, entity_id, canonical_name, label FROM entities
)
SELECT
    a.canonical_name AS entity_a,
    a.label AS label_a,
    b.canonical_name AS entity_b,
    b.label AS label_b,
    count(*) AS shared_articles
FROM per_article AS a
JOIN per_article AS b ON a.article_id = b.article_id AND a.entity_id < b.entity_id
GROUP BY ALL
ORDER BY shared_articles DESC, entity_a, entity_b
LIMIT $limit
