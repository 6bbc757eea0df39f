#!/bin/sh
# Makes the benchmarks' corpus: DIR/content, the edition's content folder (this repository's edition.yaml,
# glossary, annotations and themes, the two seed sources, and REPORTS synthetic reports of 8,000 words made
# by bench/SyntheticCorpus.java from the seeds' sentences), and DIR/hugo, a Hugo site of the same Markdown
# (the synthetic reports as they are, the seeds as `edition import` prints them).
# Usage: bench/corpus.sh REPORTS DIR   — deterministic: the same corpus on every machine. Needs target/edition.jar.
set -eu
cd "$(dirname "$0")/.."
reports=$1
dir=$2
rm -rf "$dir"
mkdir -p "$dir/seed-md" "$dir/content/sources" "$dir/hugo/content/reports" "$dir/hugo/layouts/_default"
for src in content/sources/*.txt content/sources/*.md; do
  stem=$(basename "$src"); stem=${stem%.*}
  java -jar target/edition.jar import "$src" 2>/dev/null > "$dir/seed-md/$stem.md"
done
cp content/*.yaml "$dir/content/"
cp content/sources/* "$dir/content/sources/"
java bench/SyntheticCorpus.java "$dir/seed-md" "$dir/content/sources" "$reports"
for f in "$dir"/content/sources/synthetic-*.md; do [ -e "$f" ] && cp "$f" "$dir/hugo/content/reports/"; done
for f in "$dir"/seed-md/*.md; do
  stem=$(basename "$f" .md)
  title=$(sed -n 's/^title: //p' "content/sources/$stem.yaml" | head -1)
  { printf -- '---\ntitle: "%s"\n---\n\n' "$title"; cat "$f"; } > "$dir/hugo/content/reports/$stem.md"
done
printf 'baseURL = "http://example.org/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$dir/hugo/config.toml"
cat > "$dir/hugo/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
printf '{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n' > "$dir/hugo/layouts/_default/single.html"
printf '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n' > "$dir/hugo/layouts/_default/list.html"
touch "$dir/ready"
