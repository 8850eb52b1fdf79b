#!/usr/bin/env bash
# Scores a summitry binary on every dev corpus in ../shared/corpus.
#   scripts/score-all.sh [BINARY] [OUT_DIR]
set -u
cd "$(dirname "$0")/.."
B=${1:-target/release/summitry}
OUT=${2:-$(mktemp -d)}
S=../shared/corpus
SC=../shared/tools/score.py
mkdir -p "$OUT"
show() { python3 "$SC" gold "$1" "$2" | grep -E "$3"; }
echo "## seeds"; "$B" extract --format jsonl "$S"/seeds/*.txt > "$OUT/seeds.jsonl"
show "$S/seeds/gold" "$OUT/seeds.jsonl" '^(body|snip|article|people|person|meeting|quote)'
echo "## readability html"; "$B" extract --format jsonl "$S/readability/html/" > "$OUT/rd.jsonl"
show "$S/readability/gold" "$OUT/rd.jsonl" '^(body|snip|article)'
echo "## trafilatura html"; "$B" extract --format jsonl "$S/trafilatura/html/" > "$OUT/tf.jsonl"
show "$S/trafilatura/gold" "$OUT/tf.jsonl" '^(body|snip|article)'
for s in readability trafilatura; do for f in text text-browser; do
  echo "## $s $f"; "$B" extract --input text --format jsonl "$S/$s/$f/" > "$OUT/$s-$f.jsonl"
  show "$S/$s/gold" "$OUT/$s-$f.jsonl" '^(body|snip|article.title)'
done; done
echo "## polnear quotes"; "$B" extract --input text --format jsonl "$S/polnear/text/" > "$OUT/pol.jsonl"
show "$S/polnear/gold" "$OUT/pol.jsonl" '^(quote|people|person)'
for set in polnear news; do
  : > "$OUT/$set-meet.jsonl"
  for g in "$S/$set"/meetings/*.json; do
    stem=$(basename "$g" .json)
    d=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("reference_date") or "")' "$g")
    "$B" extract --input text --format jsonl ${d:+--date "$d"} "$S/$set/text/$stem.txt" >> "$OUT/$set-meet.jsonl"
  done
  echo "## $set meetings"; show "$S/$set/meetings" "$OUT/$set-meet.jsonl" '^(meeting|people|person)'
done
