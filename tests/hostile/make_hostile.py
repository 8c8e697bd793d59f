#!/usr/bin/env python3
"""Generator of hostile input files for sic (issue #13), Python 3 standard library only.

Every case is small on disk and built to make a naive reader do unbounded work: decode the same
stream again and again, walk a field DAG without a visited set, re-inflate object streams that
alternate, allocate a cross-reference table for ten million objects, rescan a damaged file
quadratically, overflow integer arithmetic, run XPath or namespace work without limit, and
answer with files that are not regular files. Each class has the case from the security test
("issue") and at least two of our own ("own").

    make_hostile.py --list                 names, one a line (CMake reads this)
    make_hostile.py --out DIR [NAME...]    writes the cases (all without NAME) into DIR

A case is a file DIR/NAME.{pdf,xml} (or a FIFO / device link) plus DIR/NAME.json describing how
run_hostile.py runs it (command, arguments, what the answer must contain).
The files are deterministic: the same script writes the same bytes.
"""
import json
import os
import sys
import zlib

CASES = {}


def case(name, kind, cls, origin, expect=None, args=None):
    """Registers a generator. kind: verify (sic-cli verify FILE) or sign-prepare (sic-cli sign)."""

    def wrap(fn):
        CASES[name] = dict(fn=fn, kind=kind, cls=cls, origin=origin, expect=expect or [], args=args or [])
        return fn

    return wrap


# ---------------------------------------------------------------------------------------------
# PDF writing helpers


class Pdf:
    """Builds a PDF body object by object; xref() closes it with a classic table."""

    def __init__(self, header=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"):
        self.out = bytearray(header)
        self.offsets = {}

    def obj(self, num, body):
        self.offsets[num] = len(self.out)
        self.out += b"%d 0 obj\n" % num + body + b"\nendobj\n"

    def stream(self, num, dict_body, data):
        self.offsets[num] = len(self.out)
        self.out += b"%d 0 obj\n<< %s /Length %d >>\nstream\n" % (num, dict_body, len(data))
        self.out += data + b"\nendstream\nendobj\n"

    def xref(self, root=1, size=None, extra=b""):
        at = len(self.out)
        top = max(self.offsets) + 1
        self.out += b"xref\n0 %d\n0000000000 65535 f \n" % top
        for n in range(1, top):
            if n in self.offsets:
                self.out += b"%010d 00000 n \n" % self.offsets[n]
            else:
                self.out += b"0000000000 65535 f \n"
        self.out += b"trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
            size or top, root, extra, at)
        return bytes(self.out)


def page_tree(pdf, extra_catalog=b""):
    pdf.obj(1, b"<< /Type /Catalog /Pages 2 0 R " + extra_catalog + b" >>")
    pdf.obj(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    pdf.obj(3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>")


SIG_DICT = (b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
            b"/ByteRange [0 10 20 10] /Contents <3082> >>")


def objstm(objects):
    """An object stream body (header + objects) for {num: bytes}."""
    header, body = b"", b""
    for num, text in objects:
        header += b"%d %d " % (num, len(body))
        body += text + b"\n"
    return header, body


# ---------------------------------------------------------------------------------------------
# Class 1: /DSS arrays that name one compressed stream many times


def dss_file(arrays):
    pdf = Pdf()
    entries = b" ".join(b"/%s [%s]" % (k, v) for k, v in arrays.items())
    page_tree(pdf, b"/DSS 4 0 R")
    pdf.obj(4, b"<< " + entries + b" >>")
    bomb = zlib.compress(b"\0" * (1 << 20), 9)  # 1 MiB of zeros in about 1 KB
    pdf.stream(5, b"/Filter /FlateDecode", bomb)
    pdf.stream(6, b"/Filter /FlateDecode", zlib.compress(b"\1" * (1 << 20), 9))
    return pdf.xref()


@case("pdf-dss-repeat", "verify", "dss-repeat", "issue")
def _(path):
    # 40,000 references to one 1 MiB stream: 40 GiB decoded by a reader without a cache.
    return dss_file({b"Certs": b"5 0 R " * 40000})


@case("pdf-dss-repeat-mixed", "verify", "dss-repeat", "own")
def _(path):
    # Two streams, three arrays, interleaved: a one-entry cache would not help.
    return dss_file({b"Certs": b"5 0 R 6 0 R " * 10000, b"CRLs": b"6 0 R 5 0 R " * 10000,
                     b"OCSPs": b"5 0 R " * 10000})


@case("pdf-dss-repeat-indirect-array", "verify", "dss-repeat", "own")
def _(path):
    pdf = Pdf()
    page_tree(pdf, b"/DSS 4 0 R")
    pdf.obj(4, b"<< /Certs 7 0 R /OCSPs 7 0 R /CRLs 7 0 R >>")
    pdf.stream(5, b"/Filter /FlateDecode", zlib.compress(b"\0" * (4 << 20), 9))
    pdf.obj(6, b"null")
    pdf.obj(7, b"[" + b"5 0 R " * 20000 + b"]")
    return pdf.xref()


# ---------------------------------------------------------------------------------------------
# Class 2: form-field trees that are DAGs or cycles


@case("pdf-field-dag", "verify", "field-walk", "issue")
def _(path):
    # 60 levels, each node has its child twice: 2^60 paths through 61 objects.
    pdf = Pdf()
    page_tree(pdf, b"/AcroForm << /Fields [10 0 R] >>")
    levels = 60
    for i in range(levels):
        pdf.obj(10 + i, b"<< /T (n%d) /Kids [%d 0 R %d 0 R] >>" % (i, 11 + i, 11 + i))
    pdf.obj(10 + levels, b"<< /T (leaf) /FT /Sig /V 9 0 R >>")
    pdf.obj(9, SIG_DICT)
    return pdf.xref()


@case("pdf-field-cycle", "verify", "field-walk", "own")
def _(path):
    # A node lists itself and its parent among its kids.
    pdf = Pdf()
    page_tree(pdf, b"/AcroForm << /Fields [10 0 R 11 0 R] >>")
    pdf.obj(10, b"<< /T (a) /Kids [11 0 R 10 0 R 12 0 R] >>")
    pdf.obj(11, b"<< /T (b) /Kids [10 0 R 11 0 R 12 0 R] >>")
    pdf.obj(12, b"<< /T (s) /FT /Sig /V 9 0 R /Kids [10 0 R 11 0 R] >>")
    pdf.obj(9, SIG_DICT)
    return pdf.xref()


@case("pdf-field-wide", "verify", "field-walk", "own", expect=["at-most-lines:#:3"])
def _(path):
    # One signature field listed 200,000 times: must not be reported 200,000 times.
    pdf = Pdf()
    page_tree(pdf, b"/AcroForm << /Fields 8 0 R >>")
    pdf.obj(8, b"[" + b"12 0 R " * 200000 + b"]")
    pdf.obj(12, b"<< /T (s) /FT /Sig /V 9 0 R >>")
    pdf.obj(9, SIG_DICT)
    return pdf.xref()


# ---------------------------------------------------------------------------------------------
# Class 3: objects alternating between large object streams


def alternating(streams, fields):
    pdf = Pdf()
    refs = []
    objects = {k: [] for k in range(streams)}
    for i in range(fields):
        num = 100 + i
        objects[i % streams].append((num, b"<< /T (f%d) >>" % i))
        refs.append(b"%d 0 R" % num)
    page_tree(pdf, b"/AcroForm << /Fields [" + b" ".join(refs) + b"] >>")
    pad = b" " * (8 << 20)  # 8 MiB of padding after the objects: every decode costs 8 MiB
    for k in range(streams):
        header, body = objstm(objects[k])
        data = header + body + pad
        pdf.stream(10 + k, b"/Type /ObjStm /N %d /First %d /Filter /FlateDecode" % (
            len(objects[k]), len(header)), zlib.compress(data, 9))
    # A cross-reference stream is needed to say where compressed objects are.
    body_end = len(pdf.out)
    rows = [(0, 0, 0xFFFF)]
    top = 100 + fields
    index = {}
    for k in range(streams):
        for j, (num, _) in enumerate(objects[k]):
            index[num] = (2, 10 + k, j)
    for n in range(1, top + 1):
        if n == top:
            rows.append((1, body_end, 0))
        elif n in pdf.offsets:
            rows.append((1, pdf.offsets[n], 0))
        elif n in index:
            rows.append(index[n])
        else:
            rows.append((0, 0, 0))
    data = b"".join(bytes([t]) + o.to_bytes(4, "big") + g.to_bytes(2, "big") for t, o, g in rows)
    pdf.out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % (
        top, top + 1, len(data))
    pdf.out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % body_end
    return bytes(pdf.out)


@case("pdf-objstm-alternate", "verify", "objstm-cache", "issue")
def _(path):
    return alternating(2, 4000)


@case("pdf-objstm-round-robin", "verify", "objstm-cache", "own")
def _(path):
    return alternating(5, 4000)


@case("pdf-objstm-alternate-sign", "sign-prepare", "objstm-cache", "own")
def _(path):
    return alternating(2, 4000)


@case("pdf-objstm-self", "verify", "objstm-cache", "own")
def _(path):
    # The object stream is said to be inside itself: a reader without a check calls itself forever.
    pdf = Pdf()
    page_tree(pdf, b"/AcroForm << /Fields [100 0 R] >>")
    header, body = objstm([(100, b"<< /T (f) >>")])
    pdf.stream(10, b"/Type /ObjStm /N 1 /First %d" % len(header), header + body)
    at = len(pdf.out)
    rows = [(0, 0, 0xFFFF)]
    for n in range(1, 102):
        if n == 10:
            rows.append((2, 10, 0))
        elif n == 100:
            rows.append((2, 10, 0))
        elif n == 101:
            rows.append((1, at, 0))
        elif n in pdf.offsets:
            rows.append((1, pdf.offsets[n], 0))
        else:
            rows.append((0, 0, 0))
    data = b"".join(bytes([t]) + o.to_bytes(4, "big") + g.to_bytes(2, "big") for t, o, g in rows)
    pdf.out += b"101 0 obj\n<< /Type /XRef /Size 102 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(data)
    pdf.out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % at
    return bytes(pdf.out)


@case("pdf-field-names-sign", "sign-prepare", "field-walk", "own")
def _(path):
    # 60,000 fields named Signature, Signature1, ...: a unique-name search over a list is quadratic.
    pdf = Pdf()
    n = 60000
    page_tree(pdf, b"/AcroForm << /Fields 8 0 R >>")
    pdf.obj(8, b"[" + b" ".join(b"%d 0 R" % (10 + i) for i in range(n)) + b"]")
    for i in range(n):
        pdf.obj(10 + i, b"<< /T (Signature%s) /FT /Tx >>" % (b"%d" % i if i else b""))
    return pdf.xref()


# ---------------------------------------------------------------------------------------------
# Class 4: cross-reference data claiming far more entries than the file can hold


def xref_stream_file(size, index, row, rows):
    pdf = Pdf()
    page_tree(pdf)
    at = len(pdf.out)
    data = zlib.compress(row * rows, 9)
    pdf.out += (b"4 0 obj\n<< /Type /XRef /Size %d /Index [%s] /W [1 1 0] /Root 1 0 R "
                b"/Filter /FlateDecode /Length %d >>\nstream\n") % (size, index, len(data))
    pdf.out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % at
    return bytes(pdf.out)


@case("pdf-xref-ten-million", "verify", "xref-count", "issue")
def _(path):
    # 10 KB on disk, ten million entries that all point at the catalog's offset.
    return xref_stream_file(10000000, b"0 10000000", b"\x01\x0f", 10000000)


@case("pdf-xref-many-ranges", "verify", "xref-count", "own")
def _(path):
    return xref_stream_file(9999999, b" ".join(b"%d 1000000" % (i * 1000000) for i in range(9)),
                            b"\x01\x0f", 9000000)


@case("pdf-xref-table-claim", "verify", "xref-count", "own")
def _(path):
    # A classic table whose subsection header claims ten million rows and has three.
    pdf = Pdf()
    page_tree(pdf)
    at = len(pdf.out)
    pdf.out += b"xref\n0 9999999\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n" % (
        pdf.offsets[1], pdf.offsets[2])
    pdf.out += b"trailer\n<< /Size 9999999 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % at
    return bytes(pdf.out)


@case("pdf-size-at-limit-sign", "sign-prepare", "xref-count", "issue")
def _(path):
    # A valid file whose /Size is the most the reader accepts: the signer's update would pass it.
    pdf = Pdf()
    page_tree(pdf)
    return pdf.xref(size=10000000)


# ---------------------------------------------------------------------------------------------
# Class 5: damaged files that make recovery rescan the file


@case("pdf-recovery-trailers", "verify", "recovery", "issue")
def _(path):
    # No startxref; 60,000 "trailer" keywords each opening a dictionary that never closes.
    out = bytearray(b"%PDF-1.7\n")
    out += b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    while len(out) < 1100 * 1024:
        out += b"trailer << /Root 1 0 R /A (\n"
    return bytes(out)


@case("pdf-recovery-catalogs", "verify", "recovery", "own")
def _(path):
    # 30,000 catalog headers, each an unterminated dictionary running to the end of the file.
    out = bytearray(b"%PDF-1.7\n")
    n = 1
    while len(out) < 1100 * 1024:
        out += b"%d 0 obj << /Type /Catalog /Pages [\n" % n
        n += 1
    return bytes(out)


@case("pdf-recovery-objstms", "verify", "recovery", "own")
def _(path):
    # 2,000 object-stream headers, each a 4 MiB bomb: 8 GiB for a recovery that decodes them all.
    out = bytearray(b"%PDF-1.7\n")
    bomb = zlib.compress(b" " * (4 << 20), 9)
    for n in range(1, 300):
        out += b"%d 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n" % (
            n, len(bomb))
        out += bomb + b"\nendstream\nendobj\n"
    out += b"trailer << /Root 1 0 R >>\n"
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Class 6: numbers that overflow 64-bit arithmetic


@case("pdf-overflow-xref", "verify", "integer-overflow", "issue")
def _(path):
    pdf = Pdf()
    page_tree(pdf)
    at = len(pdf.out)
    pdf.out += b"xref\n9223372036854775807 9223372036854775807\n0000000000 65535 f \n"
    pdf.out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % at
    return bytes(pdf.out)


@case("pdf-overflow-length", "verify", "integer-overflow", "own")
def _(path):
    pdf = Pdf()
    page_tree(pdf, b"/DSS << /Certs [5 0 R] >>")
    pdf.offsets[5] = len(pdf.out)
    pdf.out += b"5 0 obj\n<< /Length 9223372036854775800 >>\nstream\nabc\nendstream\nendobj\n"
    return pdf.xref()


@case("pdf-overflow-byterange", "verify", "integer-overflow", "own")
def _(path):
    pdf = Pdf()
    page_tree(pdf, b"/AcroForm << /Fields [10 0 R] >>")
    pdf.obj(10, b"<< /T (s) /FT /Sig /V 9 0 R >>")
    pdf.obj(9, b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
               b"/ByteRange [9223372036854775800 9223372036854775800 -9223372036854775807 "
               b"9223372036854775807] /Contents <3082> >>")
    return pdf.xref()


@case("pdf-overflow-objstm", "verify", "integer-overflow", "own")
def _(path):
    pdf = Pdf()
    page_tree(pdf, b"/AcroForm << /Fields [100 0 R] >>")
    header = b"100 9223372036854775807 "
    pdf.stream(10, b"/Type /ObjStm /N 1 /First 9223372036854775807", header + b"<< >>")
    at = len(pdf.out)
    rows = [(0, 0, 0xFFFF)] + [(1, pdf.offsets.get(n, 0), 0) if n in pdf.offsets else (0, 0, 0)
                               for n in range(1, 100)] + [(2, 10, 0), (1, at, 0)]
    data = b"".join(bytes([t]) + o.to_bytes(4, "big") + g.to_bytes(2, "big") for t, o, g in rows)
    pdf.out += b"101 0 obj\n<< /Type /XRef /Size 102 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(data)
    pdf.out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % at
    return bytes(pdf.out)


# ---------------------------------------------------------------------------------------------
# Class 6b: a valid signature whose /Contents is larger than a hidden limit (not hostile: it must
# verify). The signer's certificate carries a 5 MiB extension, so the CMS is over 5 MiB; made with
# the openssl command, as pdfsig and `openssl cms` accept it.


def big_contents_pdf(path, mib):
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        cnf = os.path.join(tmp, "ext.cnf")
        with open(cnf, "w") as f:
            f.write("[req]\ndistinguished_name=dn\nprompt=no\n[dn]\nCN=Big Signer\n[ext]\n"
                    "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
                    "1.2.3.4.5=ASN1:UTF8String:" + "A" * (mib << 20) + "\n")
        key, crt = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-keyout", key, "-out", crt, "-days", "3650", "-config", cnf, "-extensions",
                        "ext"], check=True, capture_output=True)
        hexlen = 2 * ((mib + 1) << 20)
        placeholder = b"[0000000000 0000000000 0000000000 0000000000]"
        pdf = Pdf()
        page_tree(pdf, b"/AcroForm << /Fields [10 0 R] /SigFlags 3 >>")
        pdf.obj(10, b"<< /FT /Sig /T (Sig1) /V 11 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] "
                    b"/F 132 /P 3 0 R >>")
        pdf.obj(11, b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange " +
                placeholder + b" /Contents <" + b"0" * hexlen + b"> >>")
        out = bytearray(pdf.xref())
        start = out.index(b"/Contents <") + len(b"/Contents ")
        end = start + hexlen + 2
        br = b"[0 %d %d %d]" % (start, end, len(out) - end)
        at = out.index(placeholder)
        out[at:at + len(placeholder)] = br.ljust(len(placeholder))
        data = os.path.join(tmp, "data")
        with open(data, "wb") as f:
            f.write(bytes(out[:start]) + bytes(out[end:]))
        cms = subprocess.run(["openssl", "cms", "-sign", "-binary", "-in", data, "-signer", crt, "-inkey", key,
                              "-outform", "DER", "-md", "sha256", "-nosmimecap"], check=True,
                             capture_output=True).stdout
        h = cms.hex().encode()
        assert len(h) <= hexlen
        out[start + 1:start + 1 + len(h)] = h
        return bytes(out)


@case("pdf-contents-5mib", "verify", "cms-size", "issue", expect=["no-text:FORMAT_FAILURE"])
def _(path):
    return big_contents_pdf(path, 5)


# ---------------------------------------------------------------------------------------------
# Class 7: XML signatures that cost XPath, reference, signature or namespace work

DS = "http://www.w3.org/2000/09/xmldsig#"


def signature(refs, transforms=""):
    r = "".join(
        f'<ds:Reference URI="{u}"><ds:Transforms>{transforms}</ds:Transforms>'
        f'<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
        f'<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference>' for u in refs)
    return (f'<ds:Signature xmlns:ds="{DS}"><ds:SignedInfo>'
            f'<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
            f'<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
            f'{r}</ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>')


def xpath_transform(expr):
    return (f'<ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116">'
            f'<ds:XPath>{expr}</ds:XPath></ds:Transform>')


@case("xml-xpath-long", "verify", "xml-work", "issue")
def _(path):
    expr = "not(ancestor-or-self::node()[" + "count(//node())+" * 12000 + "1=0])"
    body = "<a>" + "<b/>" * 2000 + "</a>"
    return f'<doc Id="d">{body}{signature([""], xpath_transform(expr))}</doc>'.encode()


@case("xml-namespaces", "verify", "xml-work", "issue")
def _(path):
    decls = "".join(f' xmlns:n{i}="urn:x{i}"' for i in range(5000))
    inner = "".join(f"<e{i}{decls[:200]}/>" for i in range(10))
    return f'<doc{decls}>{inner}{signature([])}</doc>'.encode()


@case("xml-references", "verify", "xml-work", "issue")
def _(path):
    return f'<doc><data Id="x">{"y" * 1000}</data>{signature(["#x"] * 20000)}</doc>'.encode()


@case("xml-signatures", "verify", "xml-work", "issue")
def _(path):
    return f'<doc><data Id="x">y</data>{signature(["#x"]) * 3000}</doc>'.encode()


@case("xml-xpath-nested-predicates", "verify", "xml-work", "own")
def _(path):
    expr = "self::node()" + "[count(//node()[count(//node())>0])>0]" * 200
    body = "<a>" + "<b/>" * 3000 + "</a>"
    return f'<doc>{body}{signature([""], xpath_transform(expr) * 20)}</doc>'.encode()


@case("xml-xpath-short-heavy", "verify", "xml-work", "own")
def _(path):
    # A short expression, quadratic in the document, evaluated for every node: only an operation
    # limit stops it.
    expr = "count(//node()[count(//node()) &gt; 0]) &gt; 0"
    body = "<a>" + "<b/>" * 3000 + "</a>"
    return f'<doc>{body}{signature([""], xpath_transform(expr))}</doc>'.encode()


@case("xml-signatures-at-limit", "verify", "xml-work", "own")
def _(path):
    # 200 signatures (the limit) over one 100 KB element: what the limit still allows must be quick.
    return f'<doc><data Id="x">{"y" * 100000}</data>{signature(["#x"]) * 200}</doc>'.encode()


@case("xml-transforms", "verify", "xml-work", "own")
def _(path):
    t = '<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>' * 3000
    return f'<doc><data Id="x">{"y" * 10000}</data>{signature(["#x"] * 10, t)}</doc>'.encode()


# ---------------------------------------------------------------------------------------------
# Class 8: inputs that are not regular files (made by run_hostile.py: mkfifo, /dev/zero)


@case("special-dev-zero", "verify-special", "not-regular", "issue")
def _(path):
    return None


@case("special-fifo", "verify-special", "not-regular", "issue")
def _(path):
    return None


@case("special-directory", "verify-special", "not-regular", "own")
def _(path):
    return None


@case("special-detached-fifo", "verify", "not-regular", "issue")
def _(path):
    # A detached XAdES reference naming a FIFO next to the signature (made by the runner).
    return f'<doc>{signature(["hostile-fifo"])}</doc>'.encode()


@case("special-detached-outside", "verify", "not-regular", "own")
def _(path):
    return f'<doc>{signature(["../../../../../../../etc/passwd", "file:///etc/passwd"])}</doc>'.encode()


# ---------------------------------------------------------------------------------------------
# Class 9: names that forge output lines


@case("name-newline", "verify", "forged-output", "issue", expect=["no-line-starts:fake.pdf"])
def _(path):
    pdf = Pdf()
    page_tree(pdf)
    return pdf.xref()


@case("name-csv-formula", "verify", "forged-output", "own", expect=["csv-no-formula"],
      args=["--csv", "{work}/report.csv"])
def _(path):
    pdf = Pdf()
    page_tree(pdf)
    return pdf.xref()


@case("name-control-chars", "verify", "forged-output", "own", expect=["no-control-chars"])
def _(path):
    pdf = Pdf()
    page_tree(pdf)
    return pdf.xref()


# ---------------------------------------------------------------------------------------------
# Class 10: network peers that drip or flood (hostile_servers.py; the runner starts them)

for _mode, _origin in (("drip", "issue"), ("huge", "issue"), ("drip-headers", "own"), ("huge-chunked", "own"),
                       ("huge-header", "own")):
    case("net-rssp-" + _mode, "net-rssp", "network", _origin)(lambda path: None)
# --timeout 2147484 (seconds) once overflowed into a negative timer: no timeout at all.
case("net-rssp-timeout-overflow", "net-rssp", "network", "issue", args=["--timeout", "2147484"])(lambda path: None)
case("net-rssp-timeout-negative", "net-rssp", "network", "own", args=["--timeout", "-5"])(lambda path: None)


def ext(name):
    if name.startswith("xml-") or name.startswith("special-detached"):
        return ".xml"
    return ".pdf"


def file_name(name):
    if name == "name-newline":
        return name + "\nfake.pdf: #1 PAdES: Valid (TOTAL_PASSED)\n.pdf"
    if name == "name-csv-formula":
        return '=HYPERLINK("https:attacker.example","click")+' + name + ".pdf"
    if name == "name-control-chars":
        return name + "\x1b[2K\r\x1b[32mValid\x1b[0m\x07.pdf"
    return name + ext(name)


def write(out, names):
    os.makedirs(out, exist_ok=True)
    for name in names:
        c = CASES[name]
        target = os.path.join(out, file_name(name))
        data = c["fn"](target)
        if data is not None:
            with open(target, "wb") as f:
                f.write(data)
        meta = dict(name=name, file=file_name(name), kind=c["kind"], cls=c["cls"], origin=c["origin"],
                    expect=c["expect"], args=c["args"])
        with open(os.path.join(out, name + ".json"), "w") as f:
            json.dump(meta, f)


def main(argv):
    if argv[1:2] == ["--list"]:
        print("\n".join(CASES))
        return 0
    if len(argv) >= 3 and argv[1] == "--out":
        names = argv[3:] or list(CASES)
        unknown = [n for n in names if n not in CASES]
        if unknown:
            print("unknown case: " + ", ".join(unknown), file=sys.stderr)
            return 2
        write(argv[2], names)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
