#!/usr/bin/env python3
"""Writes N teaching files into a folder for the jobs benchmark, each holding a word found in no
other file, and prints "file word" per line. Word documents and PDFs from HTML and decks from flat
ODP, made by LibreOffice itself (as an office suite makes a teacher's files): about a third each.
usage: make-files.py <folder> <count>   (needs soffice)"""
import os, random, string, subprocess, sys, tempfile

folder, count = sys.argv[1], int(sys.argv[2])
os.makedirs(folder, exist_ok=True)
SENTENCE = "在数控车床上加工阶梯轴时，应先检查刀具的安装高度与工件的装夹情况，确认切削用量符合工艺卡要求，再按照安全操作规程启动主轴。"
rng = random.Random()


def word():
    return "qz" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))


def html(title, marker):
    pages = []
    for n in range(1, 4):
        brk = ' style="page-break-before: always"' if n > 1 else ""
        body = "".join(f"<p>{SENTENCE}（第 {n} 页，第 {i} 段）</p>" for i in range(1, 8))
        pages.append(f"<h1{brk}>{title} 学习任务 {n}</h1>{body}")
    pages.append(f"<p>关键词 {marker}</p>")
    return f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head><body>{"".join(pages)}</body></html>'


def fodp(title, marker):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    slides = []
    for n in range(1, 6):
        extra = f"<text:p>关键词 {marker}</text:p>" if n == 5 else ""
        slides.append(
            f'<draw:page draw:name="slide{n}" draw:master-page-name="Default">'
            f'<draw:frame presentation:class="title" svg:x="1cm" svg:y="0.8cm" svg:width="26cm" svg:height="2.5cm"><draw:text-box><text:p>{title} 第 {n} 讲</text:p></draw:text-box></draw:frame>'
            f'<draw:frame presentation:class="outline" svg:x="1cm" svg:y="3.8cm" svg:width="25cm" svg:height="11cm"><draw:text-box><text:p>{SENTENCE}</text:p>{extra}</draw:text-box></draw:frame>'
            '</draw:page>')
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
            '<office:styles/><office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm"/></style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>'
            f'<office:body><office:presentation>{"".join(slides)}</office:presentation></office:body></office:document>')


def convert(sources, arguments, out):
    if not sources:
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}", *arguments, "--outdir", out, *sources],
                       check=True, capture_output=True)


with tempfile.TemporaryDirectory() as work:
    kinds = {"docx": [], "pdf": [], "pptx": []}
    made = []
    for i in range(1, count + 1):
        kind = ("docx", "pptx", "pdf")[(i - 1) % 3]
        marker = word()
        stem = f"file{i:02d}"
        if kind == "pptx":
            source = os.path.join(work, stem + ".fodp")
            open(source, "w", encoding="utf-8").write(fodp(f"课件{i}", marker))
        else:
            source = os.path.join(work, stem + ".html")
            open(source, "w", encoding="utf-8").write(html(f"工作页{i}", marker))
        kinds[kind].append(source)
        made.append((f"{stem}.{kind}", marker))
    convert(kinds["docx"], ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"], work)
    convert(kinds["pdf"], ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"], work)
    convert(kinds["pptx"], ["--convert-to", "pptx:Impress MS PowerPoint 2007 XML"], work)
    for name, marker in made:
        os.replace(os.path.join(work, name), os.path.join(folder, name))
        print(name, marker)
