"""The one writer (normalize/cli/writer.py): the same notes and files whichever way a file is processed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .terminal import on_terminal

UNTRANSLATED = (
    "The talks resumed in Baghdad .\n\n"
    "أكدت الفصائل أن الرد على الاستهداف سيكون في الوقت والمكان المناسبين وأن الصبر له حدود معروفة\n"
)
FLAG = (
    "{path}:3:1 stray-arabic paragraph reads as 'ar', not English; left for a person to translate: "
    "“أكدت الفصائل أن الرد على الاستهداف سيكون في الوقت والمكان ا…”"
)


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "normalize", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_flags_are_named_in_an_ordinary_run_and_quiet_with_quiet(tmp_path: Path) -> None:
    """`normalize f.txt > out` and --in-place said nothing about an untranslated paragraph (issue 18, defect 7)."""
    article = tmp_path / "a.txt"
    article.write_text(UNTRANSLATED, encoding="utf-8")
    printed = cli(str(article))
    assert printed.returncode == 0
    assert printed.stderr.splitlines() == [FLAG.format(path=article)]
    assert cli(str(article), "--quiet").stderr == ""
    rewritten = cli(str(article), "--in-place")
    assert (rewritten.returncode, rewritten.stderr.splitlines()) == (0, [FLAG.format(path=article)])
    assert article.read_text(encoding="utf-8") == UNTRANSLATED.replace(" .", ".")


def test_check_explain_and_flags_are_the_same_whichever_way_a_file_goes(tmp_path: Path) -> None:
    """In memory, in worker processes, or streamed piece by piece: the same lines, in the same order."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(UNTRANSLATED, encoding="utf-8")
    # paragraphs, not consecutive lines: sixty lines of the same commas and quotes read as CSV (protected)
    lines = "".join(f'Line {k} said ,"no" , and left .\n\n' for k in range(60))
    (folder / "b.txt").write_text("Officials met in Baghdad on Monday to discuss the budget.\n" + lines, "utf-8")
    (folder / "c.txt").write_text("All is well.\n", encoding="utf-8")
    runs = [
        cli("in", "--check", "--explain", *way, cwd=tmp_path)
        for way in (["-j", "1"], ["-j", "2"], ["--stream-bytes", "1024"])
    ]
    assert [(p.returncode, p.stdout, p.stderr) for p in runs[1:]] == [(1, runs[0].stdout, runs[0].stderr)] * 2
    assert runs[0].stdout == (
        "in/a.txt: would change (1 edit: space-before-punctuation ×1); 1 flagged for review (stray-arabic ×1)\n"
        "in/b.txt: would change (120 edits: space-before-punctuation ×120); "
        "60 flagged for review (comma-on-the-wrong-side ×60)\n"
    )
    lines = runs[0].stderr.splitlines()
    # b.txt reads as professional English (normalize.evidence): the low-confidence comma repair is a suggestion
    assert lines[:4] == [
        "in/a.txt:1:29 space-before-punctuation removed a space before punctuation: "
        "“resumed in Baghdad[ ].” → “resumed in Baghdad[].”",
        FLAG.format(path="in/a.txt"),
        "in/b.txt:2:12 comma-on-the-wrong-side moved a comma's (or a colon's) space to after it "
        '("others ,in" is "others, in") '
        "(not applied: the document reads as professional English; suggested: ', '): “ ,” → suggested “, ”",
        "in/b.txt:2:18 space-before-punctuation removed a space before punctuation: "
        '“Line 0 said ,"no"[ ], and left .” → “Line 0 said ,"no"[], and left .”',
    ]
    assert len(lines) == 1 + 1 + 120 + 60 + 1
    assert lines[-1] == "normalize: 3 files: 2 would change (121 edits), 2 with passages flagged for review"


def test_a_comma_before_an_opening_quote_keeps_its_space(tmp_path: Path) -> None:
    """'He said ,"no" , and left.' became 'He said,"no", and left.' (issue 18, defect 12)."""
    article = tmp_path / "a.txt"
    article.write_text('He said ,"no" , and left.\n"Yes ," she said.\n', encoding="utf-8")
    assert cli(str(article)).stdout == 'He said, "no", and left.\n"Yes," she said.\n'


def test_no_color_leaves_nothing_bold_or_coloured(tmp_path: Path) -> None:
    """NO_COLOR left the diff's @@ bold (issue 18, defect 10); on a terminal without it, colour and no bold."""
    article = tmp_path / "a.txt"
    article.write_text("He left .\n", encoding="utf-8")
    code, plain = on_terminal(str(article), "--diff", "--explain", cwd=tmp_path, env={"NO_COLOR": "1"})
    assert code == 0 and "\x1b[" not in plain
    assert plain.replace("\r\n", "\n").splitlines() == [
        f"{article}:1:8 space-before-punctuation removed a space before punctuation: “He left[ ].” → “He left[].”",
        f"--- a/{article}",
        f"+++ b/{article}",
        "@@ -1 +1 @@",
        "-He left .",
        "+He left.",
    ]
    code, coloured = on_terminal(str(article), "--diff", "--explain", cwd=tmp_path)
    assert code == 0 and "\x1b[31m-He left .\x1b[0m" in coloured and "\x1b[32m+He left.\x1b[0m" in coloured
    assert "\x1b[36mspace-before-punctuation\x1b[0m" in coloured  # the rule, in the explanation
    assert "He left\x1b[31m \x1b[0m." in coloured  # the space removed, red in its context
    assert not re.search(r"\x1b\[1m@@", coloured)
