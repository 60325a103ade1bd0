#!/usr/bin/env python3
"""usage: make-warc.py ARTICLES OUT.warc.gz

Writes the .txt and .md articles under ARTICLES (searched recursively, in sorted order) into a
web archive as a crawler writes one: a warcinfo record, then per article a request and its HTML
response (the article's lines as paragraphs, its file name as the address), a gzip member per
record, as Common Crawl's files are. The same articles always give the same bytes. For trying
`dyad build`, `dyad extract` and the Spark job on web archives.
"""
import gzip
import html
import os
import sys
import uuid


def record(kind, uri, block, content_type):
    header = (f"WARC/1.1\r\nWARC-Type: {kind}\r\n"
              f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ' ' + uri)}>\r\n"
              f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n"
              f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return gzip.compress(header.encode("utf-8") + block + b"\r\n\r\n", mtime=0)


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 3
    source, out = sys.argv[1:]
    articles = sorted(os.path.join(folder, name) for folder, _, names in os.walk(source)
                      for name in names if name.endswith((".txt", ".md")))
    with open(out, "wb") as archive:
        archive.write(record("warcinfo", "", b"software: dyad scripts/make-warc.py\r\n", "application/warc-fields"))
        for path in articles:
            lines = [line for line in open(path, encoding="utf-8").read().split("\n") if line.strip()]
            title = html.escape(lines[0] if lines else "")
            paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines[1:])
            page = (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>\n'
                    f"<body><article><h1>{title}</h1>\n{paragraphs}</article></body></html>\n").encode("utf-8")
            uri = "https://example.org/" + os.path.relpath(path, source).replace(os.sep, "/")
            archive.write(record("request", uri, f"GET /{os.path.basename(path)} HTTP/1.1\r\n\r\n".encode("utf-8"),
                                 "application/http; msgtype=request"))
            archive.write(record("response", uri, b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page,
                                 "application/http; msgtype=response"))
    print(f"{len(articles)} articles → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
