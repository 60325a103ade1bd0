#!/usr/bin/env python3
"""Generate an article-like Vietnamese corpus for benchmarks.

usage: make-corpus.py OUT_DIR MEGABYTES [--seed N] [--profile article|dense] [--kb SIZE]

Files of about 10 KB each (--kb 1: about 1 KB, for many small articles): body paragraphs built from the seeds' own lines with their dates
shifted, sentences from templates with varied dates, actors, officeholders and event words,
and background sentences; then page furniture (related lists, timestamps, doubled headlines).
Every file has a publication date in front matter, so the whole pipeline runs. Deterministic
for a given seed.

Profiles (the share of body paragraphs that are seed lines, event templates, background):
- article (default): mostly the seeds' lines, with as many template events as make the corpus
  report about as many events and mentions per megabyte as the seeds themselves do
  (scripts/bench prints both densities, so the match is checked on every run);
- dense: nearly half the paragraphs an event template — several times the seeds' density of
  events, a stress test for extraction, merging and writing timeline.json.
"""
import os
import random
import re
import sys

ACTORS = [("Mỹ", "Washington"), ("Trung Quốc", "Bắc Kinh"), ("Nga", "Moscow"), ("Nhật Bản", "Tokyo"),
          ("Hàn Quốc", "Seoul"), ("Triều Tiên", "Bình Nhưỡng"), ("Ấn Độ", "New Delhi"), ("Pháp", "Paris"),
          ("Đức", "Berlin"), ("Ukraine", "Kiev"), ("Iran", "Tehran"), ("Việt Nam", "Hà Nội"),
          ("Indonesia", "Jakarta"), ("Australia", "Canberra"), ("Anh Quốc", "London"), ("Thái Lan", "Bangkok")]
TITLES = ["Ngoại trưởng", "Bộ trưởng Quốc phòng", "Tổng thống", "Thủ tướng", "Thứ trưởng Ngoại giao", "Đại sứ"]
VERBS = ["đã hội đàm với", "đã có cuộc điện đàm với", "sẽ gặp", "đã ký thỏa thuận với", "kêu gọi",
         "đã thăm", "sẽ có cuộc gặp thượng đỉnh với", "lên án", "đã đối thoại với", "hoan nghênh"]
CUES = ["Ngày", "Hôm", "Sáng", "Chiều", "Tối"]
FILLER = ["Hai bên nhấn mạnh tầm quan trọng của việc duy trì các kênh liên lạc mở và thúc đẩy hợp tác trong nhiều lĩnh vực.",
          "Giới quan sát cho rằng động thái này phản ánh nỗ lực cải thiện quan hệ song phương vốn căng thẳng trong thời gian qua.",
          "Theo các chuyên gia, kim ngạch thương mại song phương đã tăng 5,4% trong năm qua, đạt khoảng 4.300 tỷ đồng.",
          "Phát biểu tại cuộc họp báo, người phát ngôn cho biết các vấn đề khu vực cũng được đưa ra thảo luận.",
          "Khoảng 1/3 dân số khu vực chịu ảnh hưởng của xung đột kéo dài, trong khi 3 mục tiêu chính vẫn chưa đạt được."]
# Shares of body paragraphs: (event template, seed line); the rest is background.
PROFILES = {"article": (0.01, 0.38), "dense": (0.45, 0.30)}
FURNITURE_HEADINGS = ["Tin liên quan", "Đọc thêm", "Tin mới nhất", "Có thể bạn quan tâm"]


def sentence(rng, year):
    a, b = rng.sample(ACTORS, 2)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    cue = rng.choice(CUES)
    title = rng.choice(TITLES)
    verb = rng.choice(VERBS)
    place = rng.choice([a[1], b[1]])
    return f"{cue} {day}/{month}, {title} {a[0]} {verb} {title.lower()} {b[0]} tại {place} về tình hình khu vực."


def shifted(rng, line):
    """The line with every day/month (18/6, 18-6) moved to another date, so that the same seed
    line reports a different event each time it is used."""
    def move(match):
        first, dash, last, separator, month = match.groups()
        day, month = int(first), int(month)
        if not (1 <= day <= 31 and 1 <= month <= 12) or (last and not day < int(last) <= 31):
            return match.group(0)
        if not last:
            return f"{rng.randint(1, 28)}{separator}{rng.randint(1, 12)}"
        # A range (18 - 19/6) keeps its length.
        length = int(last) - day
        start = rng.randint(1, 28 - min(length, 27))
        return f"{start}{dash}{start + length}{separator}{rng.randint(1, 12)}"
    return re.sub(r"(?<![\d/-])(\d{1,2})(?:(\s*-\s*)(\d{1,2}))?([/-])(\d{1,2})(?!\d)", move, line)


def article(rng, seeds, size, shares):
    year = rng.randint(2010, 2025)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    a, b = rng.sample(ACTORS, 2)
    lines = ["---", f"published: {published}", "---", f"{a[0]} và {b[0]} thúc đẩy quan hệ song phương", ""]
    body = 0
    while body < size * 0.7:
        choice = rng.random()
        if choice < shares[0]:
            line = sentence(rng, year) + " " + rng.choice(FILLER)
        elif choice < shares[0] + shares[1] and seeds:
            line = shifted(rng, rng.choice(seeds))
        else:
            line = " ".join(rng.sample(FILLER, 2))
        lines += [line, ""]
        body += len(line.encode())
    lines.append(rng.choice(FURNITURE_HEADINGS))
    while sum(len(x.encode()) + 1 for x in lines) < size:
        headline = f"{rng.choice(ACTORS)[0]} và {rng.choice(ACTORS)[0]} bàn về hợp tác kinh tế ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}"
        lines += [headline, headline, f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
                  sentence(rng, year)[:-1] + "..."]
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 2
    out, megabytes = argv[1], float(argv[2])
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    profile = argv[argv.index("--profile") + 1] if "--profile" in argv else "article"
    kilobytes = float(argv[argv.index("--kb") + 1]) if "--kb" in argv else 10
    if profile not in PROFILES:
        print(f"unknown profile {profile!r}: one of {', '.join(PROFILES)}", file=sys.stderr)
        return 2
    rng = random.Random(seed)
    here = os.path.dirname(os.path.abspath(__file__))
    seeds = []
    seed_dir = os.path.join(here, "..", "seeds")
    for name in sorted(os.listdir(seed_dir)):
        with open(os.path.join(seed_dir, name), encoding="utf-8") as handle:
            for line in handle.read().split("\n")[:20]:
                if len(line) > 80:
                    seeds.append(line)
    os.makedirs(out, exist_ok=True)
    total, index = 0, 0
    target = int(megabytes * 1_000_000)
    while total < target:
        text = article(rng, seeds, rng.randint(int(600 * kilobytes), int(1_400 * kilobytes)), PROFILES[profile])
        folder = os.path.join(out, f"{index // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article-{index:06d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
        total += len(text.encode())
        index += 1
    print(f"{index} files, {total / 1e6:.1f} MB in {out} ({profile})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
