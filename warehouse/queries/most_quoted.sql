-- Who is quoted most: speakers by number of quotes, across all articles.
SELECT
    speaker,
    count(*) AS quotes,
    count(DISTINCT article_id) AS articles,
    any_value(speaker_entity_id) AS speaker_entity_id
FROM quotes
WHERE speaker IS NOT NULL
GROUP BY speaker
ORDER BY quotes DESC, articles DESC, speaker
LIMIT $limit
