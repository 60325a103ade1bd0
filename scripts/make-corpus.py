#!/usr/bin/env python3
"""Generate an article-like Vietnamese corpus for benchmarks.

usage: make-corpus.py OUT_DIR MEGABYTES [--seed N]

Files of about 10 KB each: body paragraphs built from templates with varied dates, actors,
officeholders and event words, the seeds' own lines with their dates shifted, and page
furniture (related lists, timestamps, doubled headlines) after the body. Every file has a
publication date in front matter, so the whole pipeline runs. Deterministic for a given seed.
"""
import os
import random
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
FURNITURE_HEADINGS = ["Tin liên quan", "Đọc thêm", "Tin mới nhất", "Có thể bạn quan tâm"]


def sentence(rng, year):
    a, b = rng.sample(ACTORS, 2)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    cue = rng.choice(CUES)
    title = rng.choice(TITLES)
    verb = rng.choice(VERBS)
    place = rng.choice([a[1], b[1]])
    return f"{cue} {day}/{month}, {title} {a[0]} {verb} {title.lower()} {b[0]} tại {place} về tình hình khu vực."


def article(rng, seeds, size):
    year = rng.randint(2010, 2025)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    a, b = rng.sample(ACTORS, 2)
    lines = ["---", f"published: {published}", "---", f"{a[0]} và {b[0]} thúc đẩy quan hệ song phương", ""]
    body = 0
    while body < size * 0.7:
        choice = rng.random()
        if choice < 0.45:
            line = sentence(rng, year) + " " + rng.choice(FILLER)
        elif choice < 0.75 and seeds:
            line = rng.choice(seeds)
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
        text = article(rng, seeds, rng.randint(6_000, 14_000))
        folder = os.path.join(out, f"{index // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article-{index:06d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
        total += len(text.encode())
        index += 1
    print(f"{index} files, {total / 1e6:.1f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
