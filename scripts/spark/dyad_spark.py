#!/usr/bin/env python3
"""Dyad as a Spark job: `dyad build`'s outputs, byte for byte, made on a cluster.

usage: dyad_spark.py PATHS... --out DIR [--master URL] [--dyad FILE] [--dyad-on-executors FILE]
                     [--config FILE] [--workdir DIR] [--partitions N] [--pair-partitions N]
                     [--ignore-published] [--include-related] [--keep DIR]
                     [any option of `dyad merge`: --format, --pairs, --since, --layout, --check…]

PATHS are article files, folders (searched recursively, as `dyad build` does) or globs. The job:

1. lists the files on the driver (`dyad extract --list`, so the files and the unreadable paths
   are exactly those `dyad build` would find);
2. spreads the file records over partitions and pipes each partition through
   `dyad extract - --by-pair` on the executors: per document a summary line (key `-`) and a line
   per pair of its event reports (key `CHN-USA`);
3. repartitions the report lines by pair (events of different pairs never merge; the documents'
   lines are spread by a hash of themselves) and pipes each partition through
   `dyad merge --partial -`: one line per merged event, the documents' lines passed on;
4. streams those lines to the driver, where `dyad merge` orders and numbers the events and
   writes every output, as `dyad build` would.

With `--contents`, Spark itself lists and reads the files (`binaryFiles`: HDFS, S3 or any file
system Hadoop reads; folders searched recursively, names starting with `.` or `_` left out) and
hands their bytes to `dyad extract` in the file records, which reads them as `dyad build` reads
the files: `.txt` and `.md` as text, `.html`, `.htm` and `.xhtml` as web pages. WARC files are
left out in this mode (`binaryFiles` holds a whole file in memory; a crawl's WARC files run to a
GB each): list them without `--contents`. A path with a scheme (`hdfs://…`) is shown as it is in
the outputs.

The dyad binary reaches the executors with the job: by default the driver adds `--dyad` to the
job's files (`SparkContext.addFile`); a binary given with spark-submit's `--files` is used as it
is; `--dyad-on-executors FILE` names one already on every executor (a container image).
Executors start `dyad` in `--workdir` (default: the driver's working folder), so relative paths
and `./dyad.yml` mean the same on every machine that has that folder (local mode, a shared file
system); on a cluster give absolute paths on shared storage and `--config`.

Exit status: dyad merge's (0; 2 when some inputs could not be read, the rest processed), or 1
when the job failed.
"""
import argparse
import base64
import glob
import itertools
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zlib


# The files `--contents` hands over: text and web pages (see the docstring on WARC files).
CONTENT_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".xhtml")


def pipe(dyad, arguments, workdir, ok=(0, 2)):
    """A partition function: runs `dyad` (see `executor_dyad`) with `arguments` on the executor,
    the partition's lines on its standard input, and yields its standard output's lines,
    streaming both ways."""
    def run(lines):
        lines = iter(lines)
        first = next(lines, None)
        if first is None:
            return  # an empty partition: nothing to run
        lines = itertools.chain([first], lines)
        command = [executor_dyad(dyad)] + arguments
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=workdir)
        failure = []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
                process.stdin.close()
            except BaseException as error:  # noqa: BLE001 - reported below, on the task's thread
                failure.append(error)
                process.stdin.close()

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        for line in process.stdout:
            yield line.decode("utf-8").rstrip("\n")
        feeder.join()
        status = process.wait()
        # dyad's own failure first: a pipe it closed by exiting is only the consequence.
        if status not in ok:
            raise RuntimeError(f"{' '.join(command)} exited with status {status}")
        if failure:
            raise failure[0]
    return run


def executor_dyad(dyad):
    """The dyad binary on this executor: `("shipped", name)`, a file shipped with the job
    (SparkFiles); or `("path", path)`, a fixed path (a container image)."""
    kind, value = dyad
    if kind == "shipped":
        from pyspark import SparkFiles
        path = SparkFiles.get(value)
        mode = os.stat(path).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path
    return value


def pair_partition(key):
    """The partition number of a pair key: a stable hash, the same in every Python process."""
    return zlib.crc32(key.encode("utf-8"))


def content_record(item):
    """A file record carrying the file's bytes: `file:` paths become plain paths (shown as
    `dyad build` shows them); other schemes (hdfs://, s3a://) stay in the path."""
    path, data = item
    if path.startswith("file:"):
        path = "/" + path[len("file:"):].lstrip("/")
    return json.dumps({"content": base64.b64encode(data).decode("ascii"), "file": path})


def spread_documents(line):
    """A keyed line as (key, line); a document's line (key `-`) is keyed by a hash of itself,
    so that documents spread over the partitions instead of all going to one."""
    key, value = line.split("\t", 1)
    return ("-" + str(zlib.crc32(value.encode("utf-8"))) if key == "-" else key, value)


def default_dyad():
    here = os.path.dirname(os.path.abspath(__file__))
    repository = os.path.dirname(os.path.dirname(here))
    for build in ("release", "debug"):
        candidate = os.path.join(repository, ".build", build, "dyad")
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("dyad") or "dyad"


def expand(paths):
    """Globs expanded (sorted); other paths as given, for dyad to collect or report."""
    expanded = []
    for path in paths:
        if any(character in path for character in "*?["):
            matches = sorted(glob.glob(path, recursive=True))
            expanded += matches if matches else [path]
        else:
            expanded.append(path)
    return expanded


def main(argv):
    parser = argparse.ArgumentParser(description="Dyad as a Spark job (see the module's documentation).")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", required=True, help="output folder, written on the driver")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    parser.add_argument("--dyad", default=None, help="the dyad binary on the driver (and shipped to executors)")
    parser.add_argument("--dyad-on-executors", help="the dyad binary's path on every executor (container image)")
    parser.add_argument("--config", help="dyad.yml, as a path every executor can read")
    parser.add_argument("--workdir", default=os.getcwd(), help="folder dyad runs in on the executors")
    parser.add_argument("--partitions", type=int, help="partitions of files to extract (default: 2 per core)")
    parser.add_argument("--pair-partitions", type=int, help="partitions of pairs to merge (default: as --partitions)")
    parser.add_argument("--ignore-published", action="store_true")
    parser.add_argument("--include-related", action="store_true")
    parser.add_argument("--contents", action="store_true",
                        help="read the files with Spark (binaryFiles: HDFS, S3, any Hadoop file system) and hand "
                             "their bytes to dyad, instead of dyad reading paths on a shared file system")
    parser.add_argument("--timings", action="store_true", help="say how long each step took, on standard error")
    parser.add_argument("--keep", help="also keep the documents' and events' lines (JSON Lines) in this folder")
    options, merge_options = parser.parse_known_args(argv[1:])
    started = time.monotonic()

    def step(name):
        if options.timings:
            print(f"dyad_spark: {time.monotonic() - started:6.1f} s  {name}", file=sys.stderr)

    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    driver_dyad = options.dyad or default_dyad()
    config = ["--config", options.config] if options.config else []
    analysis = (["--ignore-published"] if options.ignore_published else []) + \
               (["--include-related"] if options.include_related else [])

    # 1. The files, listed on the driver as `dyad build` would collect them (with --contents,
    #    Spark lists and reads them on the executors).
    files, problems = [], []
    if not options.contents:
        listing = subprocess.run([driver_dyad, "extract", "--list"] + config + expand(options.paths),
                                 stdout=subprocess.PIPE, cwd=options.workdir)
        if listing.returncode not in (0, 2):
            print(f"dyad_spark: dyad extract --list exited with status {listing.returncode}", file=sys.stderr)
            return 1
        records = listing.stdout.decode("utf-8").splitlines()
        files = [line for line in records if line.startswith('{"file"')]
        problems = [line for line in records if not line.startswith('{"file"')]
        step(f"listed {len(files)} files")
    builder = (SparkSession.builder.appName("dyad").config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    if options.master:
        builder = builder.master(options.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("WARN")
    step("Spark session started")

    shipped_files = context.getConf().get("spark.files", "")
    if options.dyad_on_executors:
        dyad = ("path", options.dyad_on_executors)
    elif any(os.path.basename(item) == "dyad" for item in shipped_files.split(",") if item):
        dyad = ("shipped", "dyad")  # spark-submit --files …/dyad
    else:
        context.addFile(os.path.abspath(driver_dyad))
        dyad = ("shipped", os.path.basename(driver_dyad))

    step({"path": f"dyad on the executors: {dyad[1]}"}.get(dyad[0], f"dyad shipped to the executors as {dyad[1]}")
         + (" (spark-submit --files)" if dyad == ("shipped", "dyad") and "dyad" in shipped_files else ""))
    partitions = options.partitions or max(1, 2 * context.defaultParallelism)
    pair_partitions = options.pair_partitions or partitions
    workdir = options.workdir

    # 2. Extract: files in partitions, through `dyad extract - --by-pair`; keyed lines.
    if options.contents:
        # Hadoop's listing: folders searched, names starting with . or _ left out.
        context._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
        inputs = (context.binaryFiles(",".join(options.paths), minPartitions=partitions)
                  .filter(lambda item: os.path.splitext(item[0])[1].lower() in CONTENT_EXTENSIONS)
                  .map(content_record))
    else:
        inputs = context.parallelize(files, max(1, min(partitions, len(files))))
    extracted = (inputs
                 .mapPartitions(pipe(dyad, ["extract", "-", "--by-pair"] + config + analysis, workdir))
                 .map(spread_documents))
    # 3. Reports by pair, merged partition by partition; the documents' lines, spread evenly,
    #    pass through the same merges. Computed in parallel and kept until the driver has them.
    events = (extracted.partitionBy(pair_partitions, pair_partition)
              .map(lambda item: item[0] + "\t" + item[1])
              .mapPartitions(pipe(dyad, ["merge", "--partial", "-"] + config, workdir))
              .persist(StorageLevel.MEMORY_AND_DISK))
    events.count()
    step("extracted, and merged by pair")

    # 4. Documents and events streamed to the driver, then the final merge.
    folder = os.path.abspath(options.keep) if options.keep else tempfile.mkdtemp(prefix="dyad-spark-")
    os.makedirs(folder, exist_ok=True)
    lines_path = os.path.join(folder, "documents-and-events.jsonl")
    try:
        with open(lines_path, "w", encoding="utf-8") as lines:
            for line in problems:
                lines.write(line + "\n")
            for line in events.toLocalIterator(prefetchPartitions=True):
                lines.write(line + "\n")
        step("events and documents on the driver")
        events.unpersist()
        spark.stop()
        merged = subprocess.run([driver_dyad, "merge", lines_path, "--out", os.path.abspath(options.out)] + config + merge_options,
                                cwd=workdir)
        step("final merge and outputs written")
        return merged.returncode
    finally:
        if not options.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
