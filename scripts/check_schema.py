#!/usr/bin/env python3
"""Checks that a JSONL file of summitry output follows SCHEMA.md's shape.

    check_schema.py OUT.jsonl EXPECTED_LINES
"""
import json
import sys

ARTICLE = ["url", "title", "description", "site_name", "authors", "credit", "dateline", "published",
           "modified", "language", "section", "tags", "image", "text", "blocks"]


def check(d):
    for k in ["source", "input_kind", "article", "people", "meetings", "quotes"]:
        assert k in d, f"missing {k}"
    assert d["input_kind"] in ("html", "text")
    a = d["article"]
    for k in ARTICLE:
        assert k in a, f"missing article.{k}"
    text = a["text"].encode("utf-8")
    for b in a["blocks"]:
        assert b["kind"] in ("paragraph", "heading", "list_item", "blockquote", "caption", "table")
        assert 0 <= b["start"] <= b["end"] <= len(text)
        if b["kind"] != "caption":
            assert text[b["start"]:b["end"]].decode("utf-8") == b["text"]
    for p in d["people"]:
        assert isinstance(p["name"], str)
        for m in p["mentions"]:
            assert text[m["start"]:m["end"]].decode("utf-8") == m["text"]
    for m in d["meetings"]:
        assert m["kind"] in ("bilateral", "multilateral", "call", "visit")
        assert m["status"] in ("held", "planned", "proposed", "cancelled")
        for e in m["evidence"]:
            text[e["start"]:e["end"]].decode("utf-8")
    for q in d["quotes"]:
        assert q["kind"] in ("direct", "partial", "indirect")
        text[q["start"]:q["end"]].decode("utf-8")


def main():
    path, expected = sys.argv[1], int(sys.argv[2])
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.strip():
                check(json.loads(line))
                n += 1
    if n != expected:
        sys.exit(f"{path}: {n} documents, expected {expected}")
    print(f"{path}: {n} documents follow the schema")


if __name__ == "__main__":
    main()
