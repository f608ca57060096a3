from dataclasses import replace

from newsetl.ingest import RawArticle
from newsetl.plan import batches, plan_increment


def _article(aid, sha):
    return RawArticle(article_id=aid, source_id=aid, source_path=f"/in/{aid}", source_format="txt", locator="",
                      sha256=sha, title=None, text="Tekst.", published_at=None, extra={})


def test_new_changed_unchanged():
    known = {"a": "1", "b": "2"}
    arts = [_article("a", "1"), _article("b", "changed"), _article("c", "3")]
    plan = plan_increment(arts, known)
    assert [a.article_id for a in plan.todo] == ["b", "c"]
    assert (plan.n_new, plan.n_changed, plan.n_unchanged) == (1, 1, 1)


def test_force_and_duplicates():
    a = _article("a", "1")
    plan = plan_increment([a, replace(a)], {"a": "1"}, force=True)
    assert [x.article_id for x in plan.todo] == ["a"]


def test_batches_keep_order():
    assert batches(list(range(5)), 2) == [[0, 1], [2, 3], [4]]
    assert batches([], 3) == []
