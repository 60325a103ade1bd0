#!/usr/bin/env python3
"""Wrap an article-like corpus (scripts/make-corpus.py) in web pages, and write a WARC of them.

usage: make-html-corpus.py TEXT_DIR OUT_DIR

Each text file becomes OUT_DIR/pages/NNN/article-NNNNNN.html: the publication date from its
front matter in JSON-LD and in meta tags (and a later modified date in both), a canonical URL
with no date in it, a site header and navigation, a stylesheet and scripts inline (one of
them writing sentences that look like events), the body's paragraphs in an <article>, the
text's tail of related headlines as a related list inside the article, a most-read side
column and a footer — about three times the text's bytes, as news pages are. The same pages
go into OUT_DIR/crawl.warc.gz (a gzip member per record, with a request and a metadata record
beside each response, as crawlers write them). Deterministic.
"""
import gzip
import html
import os
import random
import sys
import uuid

NAV = "".join(f'<li><a href="/muc-{i}">Chuyên mục {i}</a></li>' for i in range(40))
STYLE = "\n".join(f".c{i} {{ margin: {i}px; padding: {i % 7}px; color: #{i * 37 % 4096:03x}; }}" for i in range(220))
SCRIPT = "\n".join(f'window.slot{i} = {{id: "{uuid.UUID(int=i)}", size: [300, 250], html: "<p>Hôm {i % 28 + 1}/{i % 12 + 1}, Mỹ và Nga hội đàm.</p>"}};'
                   for i in range(80))
FURNITURE = {"Tin liên quan", "Đọc thêm", "Tin mới nhất", "Có thể bạn quan tâm"}


def page(text, index, rng):
    lines = text.split("\n")
    published = None
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        for line in lines[1:end]:
            if line.startswith("published:"):
                published = line.split(":", 1)[1].strip()
        lines = lines[end + 1:]
    lines = [line for line in lines if line.strip()]
    title, rest = lines[0], lines[1:]
    cut = next((i for i, line in enumerate(rest) if line in FURNITURE), len(rest))
    body, tail = rest[:cut], rest[cut + 1:]
    url = f"https://baomau.example.vn/the-gioi/bai-{index:06d}.html"
    e = html.escape
    related = "".join(f'<li><a href="/tin-{rng.randint(1, 10**6)}.html">{e(line)}</a></li>' for line in tail)
    paragraphs = "\n".join(f"<p>{e(line)}</p>" for line in body)
    most_read = "".join(f'<li><a href="/doc-{i}.html">{e(line)}</a></li>' for i, line in enumerate(tail[:6]))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{e(title)} - Báo Mẫu</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="Báo Mẫu">
<meta property="article:published_time" content="{published}T08:00:00+07:00">
<meta property="article:modified_time" content="2026-01-01T08:00:00+07:00">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(title)}","datePublished":"{published}T08:00:00+07:00","dateModified":"2026-01-01T08:00:00+07:00","publisher":{{"@type":"Organization","name":"Báo Mẫu"}}}}</script>
<style>{STYLE}</style>
<script>{SCRIPT}</script>
</head><body>
<header class="site-header"><a class="logo" href="/">Báo Mẫu</a><nav><ul>{NAV}</ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/the-gioi">Thế giới</a></div>
<main><article class="detail">
<h1 class="title">{e(title)}</h1>
<div class="meta"><span class="author">Phóng viên</span> <time datetime="{published}">{published}</time></div>
{paragraphs}
<div class="share"><a href="#">Facebook</a> <a href="#">Zalo</a></div>
<div class="box-related"><h3>Tin liên quan</h3><ul>{related}</ul></div>
<div id="comments"><h3>Bình luận</h3><form><textarea></textarea><button>Gửi</button></form></div>
</article>
<aside class="sidebar"><h3>Đọc nhiều</h3><ol>{most_read}</ol><div class="ads-300x250"><script>{SCRIPT[:2000]}</script></div></aside>
</main>
<footer><p>© Báo Mẫu. Giấy phép số 123/GP-BTTTT.</p><ul>{NAV}</ul></footer>
</body></html>
"""


def record(kind, uri, date, block):
    content_type = "application/warc-fields" if kind == "metadata" else f"application/http; msgtype={kind}"
    header = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: {date}\r\n"
              f"WARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return header.encode() + block + b"\r\n\r\n"


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip())
        return 2
    source, out = argv[1], argv[2]
    rng = random.Random(7)
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128))
    files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(source) for name in names if name.endswith(".txt"))
    pages_bytes = 0
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "crawl.warc.gz"), "wb") as warc:
        for index, path in enumerate(files):
            with open(path, encoding="utf-8") as handle:
                text = page(handle.read(), index, rng).encode()
            folder = os.path.join(out, "pages", f"{index // 1000:03d}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"article-{index:06d}.html"), "wb") as handle:
                handle.write(text)
            pages_bytes += len(text)
            uri = f"https://baomau.example.vn/the-gioi/bai-{index:06d}.html"
            date = "2026-01-02T03:04:05Z"
            response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(text) + text
            for kind, block in (("request", f"GET /the-gioi/bai-{index:06d}.html HTTP/1.1\r\nHost: baomau.example.vn\r\n\r\n".encode()),
                                ("response", response), ("metadata", b"fetchTimeMs: 87\r\n")):
                warc.write(gzip.compress(record(kind, uri, date, block), compresslevel=6, mtime=0))
    print(f"{len(files)} pages, {pages_bytes / 1e6:.1f} MB of HTML in {out}/pages and {out}/crawl.warc.gz")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
