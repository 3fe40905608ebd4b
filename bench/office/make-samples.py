#!/usr/bin/env python3
"""Writes the two typical Office files of the preview benchmark into a folder, made the way a
teacher's files are made (by an office suite, here LibreOffice itself, from HTML and flat ODP):
  typical-10p.docx  a 10-page 工作页: headings, Chinese body text, a table and a picture per page
  typical-20s.pptx  a 20-slide 课件: title, five bullets and a picture per slide
usage: make-samples.py <folder>   (needs soffice; the picture is a generated PNG)"""
import base64, os, struct, subprocess, sys, tempfile, zlib

folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)
SENTENCE = "在数控车床上加工阶梯轴时，应先检查刀具的安装高度与工件的装夹情况，确认切削用量符合工艺卡要求，再按照安全操作规程启动主轴。"


def png(width, height):
    """A gradient picture, as a slide or a work page would hold a photo of a part."""
    rows = b"".join(b"\0" + bytes(v for x in range(width) for v in (x * 255 // width, y * 255 // height, 128)) for y in range(height))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


picture = base64.b64encode(png(480, 320)).decode()


def convert(source, arguments, out):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}", *arguments,
                        "--outdir", out, source], check=True, capture_output=True)


def docx(work):
    pages = []
    for n in range(1, 11):
        body = "".join(f"<p>{SENTENCE}（第 {n} 页，第 {i} 段）</p>" for i in range(1, 10))
        rows = "".join(f"<tr><td>工序 {r}</td><td>Φ{20 + r} mm</td><td>0.{r} mm/r</td><td>800 r/min</td></tr>" for r in range(1, 5))
        brk = ' style="page-break-before: always"' if n > 1 else ""
        pages.append(f'<h1{brk}>学习任务 {n}：阶梯轴的车削加工</h1>{body}<table border="1"><tr><th>工序</th><th>直径</th><th>进给量</th><th>转速</th></tr>{rows}</table>'
                     f'<p><img src="data:image/png;base64,{picture}" width="240" height="160" alt="零件图"></p>')
    path = os.path.join(work, "typical-10p.html")
    open(path, "w", encoding="utf-8").write(f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>工作页</title></head><body>{"".join(pages)}</body></html>')
    # Opened as a Writer document (not Writer/Web), saved as Word 2007+.
    convert(path, ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"], work)
    os.replace(os.path.join(work, "typical-10p.docx"), os.path.join(folder, "typical-10p.docx"))


def pptx(work):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    slides = []
    for n in range(1, 21):
        bullets = "".join(f"<text:list-item><text:p>{SENTENCE[:24]}（要点 {i}）</text:p></text:list-item>" for i in range(1, 6))
        slides.append(
            f'<draw:page draw:name="slide{n}" draw:master-page-name="Default">'
            f'<draw:frame presentation:class="title" svg:x="1cm" svg:y="0.8cm" svg:width="26cm" svg:height="2.5cm"><draw:text-box><text:p>第 {n} 讲：数控车削安全与工艺</text:p></draw:text-box></draw:frame>'
            f'<draw:frame presentation:class="outline" svg:x="1cm" svg:y="3.8cm" svg:width="15cm" svg:height="11cm"><draw:text-box><text:list>{bullets}</text:list></draw:text-box></draw:frame>'
            f'<draw:frame svg:x="17cm" svg:y="4.5cm" svg:width="9.6cm" svg:height="6.4cm"><draw:image><office:binary-data>{picture}</office:binary-data></draw:image></draw:frame>'
            '</draw:page>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
           '<office:styles/><office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm"/></style:page-layout></office:automatic-styles>'
           '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>'
           f'<office:body><office:presentation>{"".join(slides)}</office:presentation></office:body></office:document>')
    path = os.path.join(work, "typical-20s.fodp")
    open(path, "w", encoding="utf-8").write(doc)
    convert(path, ["--convert-to", "pptx:Impress MS PowerPoint 2007 XML"], work)
    os.replace(os.path.join(work, "typical-20s.pptx"), os.path.join(folder, "typical-20s.pptx"))


with tempfile.TemporaryDirectory() as work:
    docx(work)
    pptx(work)
for name in ("typical-10p.docx", "typical-20s.pptx"):
    print(name, os.path.getsize(os.path.join(folder, name)), "bytes")
