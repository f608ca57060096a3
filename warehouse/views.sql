-- Derived views over the base table views (one per Parquet table, created by warehouse.store).
-- Statements end with a semicolon and are re-run after every pipeline run.

-- One row per resolved entity: quotes.speaker_entity_id and entities.entity_id join to entity_id.
-- Names are resolved within an article, so an article that only says "Rutte" gives an entity of its own;
-- same_as_entity_id points such a one-word person to the one full name in the warehouse that ends in it
-- ("Mark Rutte"), and stays null when there is none or more than one (two people called Jansen).
CREATE OR REPLACE VIEW entity_summary AS
WITH per_entity AS (
    SELECT
        e.entity_id,
        arg_max(e.canonical_name, length(e.canonical_name)) AS canonical_name,
        -- the label its full-name mentions carry: the NER often calls a bare surname LOC or ORG ("Mahdi")
        coalesce(mode(e.label) FILTER (WHERE e.text = e.canonical_name), mode(e.label)) AS label,
        count(*) AS mention_count,
        count(DISTINCT e.article_id) AS article_count,
        min(coalesce(a.published_at, a.ingested_at)) AS first_seen,
        max(coalesce(a.published_at, a.ingested_at)) AS last_seen
    FROM entities AS e
    JOIN articles AS a USING (article_id)
    GROUP BY e.entity_id
),
full_names AS (
    SELECT lower(string_split(canonical_name, ' ')[-1]) AS surname, any_value(entity_id) AS entity_id
    FROM per_entity
    WHERE label = 'PER' AND canonical_name LIKE '% %'
    GROUP BY surname
    HAVING count(*) = 1
)
SELECT p.*, f.entity_id AS same_as_entity_id
FROM per_entity AS p
LEFT JOIN full_names AS f
    ON p.label = 'PER' AND p.canonical_name NOT LIKE '% %' AND lower(p.canonical_name) = f.surname;

-- Quotes with their article's title and date: the usual starting point for "who said what".
CREATE OR REPLACE VIEW quotes_enriched AS
SELECT
    q.*,
    a.title AS article_title,
    coalesce(a.published_at, a.ingested_at) AS article_date,
    s.label AS speaker_label
FROM quotes AS q
JOIN articles AS a USING (article_id)
LEFT JOIN entity_summary AS s ON s.entity_id = q.speaker_entity_id;
