#!/usr/bin/env python3
"""Builds signed PDF and XML files and the attacks on them that reference validators (EU DSS,
pyHanko) catch, for tests/core/verify/tst_verify_attacks (issue #15). Python 3 standard library,
plus the openssl and xmlsec1 command-line tools; nothing is downloaded.

    make-attack-files.py OUTDIR

writes into OUTDIR a throw-away signer (key, self-signed certificate) and, per attack class, the
legitimate neighbour and two attacks. Every file is regenerated from scratch on every run; the
key is new each time, so no file is a fixture. MANIFEST.txt lists the files and what a validator
must say about each (the test asserts the same).

Attack classes:
  spoof-*    signature dictionary changed or replaced in a later revision (DSS "signature
             dictionary not consistent"; pyHanko refuses the update)
  detached-* a CMS whose SubFilter says detached but which carries encapsulated content
  shared-*   an incremental update that fills a field (looks like form filling) but rewrites an
             appearance stream that something else also uses: a page XObject, a trailer key
  xsw-*      XML signature wrapping in an enveloping signature: an unsigned ds:Object with the
             same content beside the signed one
  mdp-*      DocMDP P=3 certification: an annotation added (allowed) and page content changed
"""

import os
import re
import subprocess
import sys

HOLE = 16384  # hex digits reserved for /Contents


def run(*args, data=None):
    r = subprocess.run(args, input=data, capture_output=True)
    if r.returncode != 0:
        sys.exit("%s failed: %s" % (args[0], r.stderr.decode(errors="replace")))
    return r.stdout


class Pdf:
    """A PDF written revision by revision; objects are bytes without 'N 0 obj'."""

    def __init__(self):
        self.data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
        self.offsets = {}
        self.last_xref = None
        self.size = 1
        self.pending = {}

    def clone(self):
        """The file so far, to be continued differently."""
        c = Pdf.__new__(Pdf)
        c.__dict__ = dict(self.__dict__)
        c.pending = {}
        return c

    def put(self, num, body):
        self.pending[num] = body if isinstance(body, bytes) else body.encode("latin-1")
        self.size = max(self.size, num + 1)

    def revision(self, root=1, extra_trailer=b""):
        """Appends the pending objects, an xref section and a trailer."""
        out = bytearray(self.data)
        written = {}
        for num in sorted(self.pending):
            written[num] = len(out)
            out += b"%d 0 obj\n" % num + self.pending[num] + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n"
        nums = sorted(written)
        if self.last_xref is None:
            nums = [0] + nums
        for num in nums:
            out += b"%d 1\n" % num
            out += b"0000000000 65535 f \n" if num == 0 else b"%010d 00000 n \n" % written[num]
        out += b"trailer\n<< /Size %d /Root %d 0 R" % (self.size, root)
        if self.last_xref is not None:
            out += b" /Prev %d" % self.last_xref
        out += extra_trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        self.data = bytes(out)
        self.last_xref = xref
        self.pending = {}

    def sign(self, key, cert, nodetach=False, content=None):
        """Fills the last placeholder signature of the file (the newest revision's)."""
        at = self.data.rindex(b"/Contents <" + b"0" * 16)
        start = at + len(b"/Contents ")
        end = self.data.index(b">", start) + 1
        br = b"[0 %d %d %d]" % (start, end, len(self.data) - end)
        placeholder = re.compile(rb"/ByteRange \[0 0{10} 0{10} 0{10}\]")
        m = None
        for m in placeholder.finditer(self.data, 0, start):
            pass
        assert m, "no ByteRange placeholder"
        self.data = self.data[: m.start()] + (b"/ByteRange " + br).ljust(m.end() - m.start()) + self.data[m.end():]
        signed = self.data[:start] + self.data[end:]
        args = ["openssl", "cms", "-sign", "-binary", "-md", "sha256", "-signer", cert, "-inkey", key,
                "-outform", "DER", "-nosmimecap"]
        if nodetach:
            args.append("-nodetach")
        cms = run(*args, data=signed if content is None else content)
        hexed = cms.hex().encode()
        assert len(hexed) <= HOLE, "signature too large"
        self.data = self.data[: start + 1] + hexed.ljust(HOLE, b"0") + self.data[start + 1 + HOLE:]

    def save(self, path):
        with open(path, "wb") as f:
            f.write(self.data)


def sig_dict(sub_filter=b"ETSI.CAdES.detached", extra=b""):
    return (b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /" + sub_filter +
            b" /ByteRange [0 0000000000 0000000000 0000000000] /Contents <" + b"0" * HOLE + b">"
            b" /M (D:20250101120000Z) /Reason (Approved) /Name (Signer)" + extra + b" >>")


def base(shared=None, certify=None, sub_filter=b"ETSI.CAdES.detached"):
    """One page, a text field 'name' (appearance 10), a signature field (11, value 12).
    shared='page': the text field's appearance is also drawn by the page as XObject /Fm0;
    shared='trailer': a trailer key refers to it; certify=P: a DocMDP certification signature."""
    p = Pdf()
    p.put(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm 6 0 R%s >>" % (" /Perms << /DocMDP 12 0 R >>" if certify else ""))
    p.put(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 300 200] >>")
    xobj = " /XObject << /Fm0 10 0 R >>" if shared == "page" else ""
    p.put(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>%s >> "
             "/Annots [9 0 R 11 0 R] >>" % xobj)
    draw = b"q 1 0 0 1 20 20 cm /Fm0 Do Q\n" if shared == "page" else b""
    content = b"BT /F1 18 Tf 20 150 Td (Contract 2025-17: 100 EUR) Tj ET\n" + draw
    p.put(4, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    p.put(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    p.put(6, "<< /Fields [9 0 R 11 0 R] /SigFlags 3 /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 5 0 R >> >> >>")
    p.put(9, "<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (Alice) /Rect [20 100 200 120] /P 3 0 R "
             "/F 4 /DA (/F1 10 Tf 0 g) /AP << /N 10 0 R >> >>")
    ap = b"/Tx BMC BT /F1 10 Tf 2 5 Td (Alice) Tj ET EMC"
    p.put(10, b"<< /Type /XObject /Subtype /Form /BBox [0 0 180 20] /Resources << /Font << /F1 5 0 R >> >> "
              b"/Length %d >>\nstream\n" % len(ap) + ap + b"\nendstream")
    p.put(11, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V 12 0 R /Rect [0 0 0 0] /P 3 0 R /F 132 >>")
    extra = b""
    if certify:
        extra = (b" /Reference [<< /Type /SigRef /TransformMethod /DocMDP /TransformParams "
                 b"<< /Type /TransformParams /P %d /V /1.2 >> >>]" % certify)
    p.put(12, sig_dict(sub_filter, extra))
    trailer = b" /FooBar 10 0 R" if shared == "trailer" else b""
    p.revision(extra_trailer=trailer)
    return p, trailer


def fill(p, trailer, rewrite_shared):
    """Fills the text field: a new value and appearance. rewrite_shared: the appearance stream
    object 10 is rewritten in place (as a form filler would if it reused the object), else a new
    stream 13 replaces it."""
    ap = b"/Tx BMC BT /F1 10 Tf 2 5 Td (Mallory pays 9000 EUR) Tj ET EMC"
    stream = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 180 20] /Resources << /Font << /F1 5 0 R >> >> "
              b"/Length %d >>\nstream\n" % len(ap) + ap + b"\nendstream")
    target = 10 if rewrite_shared else 13
    p.put(target, stream)
    p.put(9, "<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (Mallory) /Rect [20 100 200 120] /P 3 0 R "
             "/F 4 /DA (/F1 10 Tf 0 g) /AP << /N %d 0 R >> >>" % target)
    p.revision(extra_trailer=trailer)


def pdf_files(out, key, cert):
    manifest = []

    def save(p, name, expect):
        p.save(os.path.join(out, name))
        manifest.append("%s\t%s" % (name, expect))

    # The legitimate neighbours.
    p, t = base()
    p.sign(key, cert)
    save(p, "good-signed.pdf", "intact; not modified")
    second = p.clone()
    second.put(14, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature2) /V 15 0 R /Rect [0 0 0 0] /P 3 0 R /F 132 >>")
    second.put(15, sig_dict())
    second.put(6, "<< /Fields [9 0 R 11 0 R 14 0 R] /SigFlags 3 /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 5 0 R >> >> >>")
    second.put(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
                  "/Annots [9 0 R 11 0 R 14 0 R] >>")
    second.size = 16
    second.revision()
    second.sign(key, cert)
    save(second, "good-second-signature.pdf", "first signature: signatures only; not modified")
    filled = p.clone()
    filled.size = 14
    fill(filled, t, rewrite_shared=False)
    save(filled, "good-form-fill.pdf", "form fill; not modified")

    # Spoofed signature dictionary.
    s1 = p.clone()
    original = p.data[p.data.index(b"12 0 obj\n") + 9: p.data.index(b"\nendobj", p.data.index(b"12 0 obj\n"))]
    s1.put(12, original.replace(b"/Reason (Approved)", b"/Reason (Rejected)").replace(b"20250101", b"20240101"))
    s1.revision()
    save(s1, "spoof-changed-dictionary.pdf", "FORMAT_FAILURE: /M, /Reason changed")
    s2 = p.clone()
    s2.size = 14
    s2.put(13, original.replace(b"/Name (Signer)", b"/Name (Chief Executive)"))
    s2.put(11, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V 13 0 R /Rect [0 0 0 0] /P 3 0 R /F 132 >>")
    s2.revision()
    save(s2, "spoof-replaced-dictionary.pdf", "FORMAT_FAILURE: field points at a dictionary that was not signed")

    # Detached SubFilter, encapsulated content.
    d1, _ = base()
    d1.sign(key, cert, nodetach=True)
    save(d1, "detached-with-content.pdf", "FORMAT_FAILURE: encapsulated content (the byte range itself)")
    d2, _ = base(sub_filter=b"adbe.pkcs7.detached")
    d2.sign(key, cert, nodetach=True, content=b"I owe Mallory 9000 EUR.\n")
    save(d2, "detached-other-content.pdf", "FORMAT_FAILURE: encapsulated content (other bytes)")

    # Shared appearance streams: looks like form filling, is not.
    for shared in ("page", "trailer"):
        b, t = base(shared=shared)
        b.sign(key, cert)
        fill(b, t, rewrite_shared=True)
        save(b, "shared-appearance-%s.pdf" % shared, "modification other (shared appearance stream)")

    # DocMDP P=3: annotations allowed, page content not.
    c, _ = base(certify=3)
    c.sign(key, cert)
    a = c.clone()
    a.size = 14
    a.put(13, "<< /Type /Annot /Subtype /Text /Rect [250 170 270 190] /Contents (Checked) /P 3 0 R /F 4 >>")
    a.put(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
             "/Annots [9 0 R 11 0 R 13 0 R] >>")
    a.revision()
    save(a, "mdp-p3-annotation.pdf", "annotations; allowed by P=3")
    m = c.clone()
    content = b"BT /F1 18 Tf 20 150 Td (Contract 2025-17: 9000 EUR) Tj ET\n"
    m.put(4, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    m.revision()
    save(m, "mdp-p3-content-changed.pdf", "FORMAT_FAILURE: beyond DocMDP P=3; page 1 looks different")
    return manifest


ENVELOPING = """<?xml version="1.0" encoding="UTF-8"?>
<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="sig">
  <ds:SignedInfo>
    <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
    <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
    <ds:Reference URI="#order" Type="http://www.w3.org/2000/09/xmldsig#Object">
      <ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>
      <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
      <ds:DigestValue></ds:DigestValue>
    </ds:Reference>
  </ds:SignedInfo>
  <ds:SignatureValue></ds:SignatureValue>
  <ds:KeyInfo><ds:X509Data><ds:X509Certificate></ds:X509Certificate></ds:X509Data></ds:KeyInfo>
  <ds:Object Id="order"><Order xmlns="urn:example:order"><Item>Paper</Item><Amount>100</Amount></Order></ds:Object>
</ds:Signature>
"""


def xml_files(out, key, cert):
    template = os.path.join(out, "enveloping-template.xml")
    with open(template, "w") as f:
        f.write(ENVELOPING)
    good = os.path.join(out, "good-enveloping.xml")
    run("xmlsec1", "--sign", "--privkey-pem", "%s,%s" % (key, cert), "--output", good, template)
    os.remove(template)
    signed = open(good).read()
    fake = '<ds:Object><Order xmlns="urn:example:order"><Item>Gold</Item><Amount>9000</Amount></Order></ds:Object>'
    before = signed.replace("<ds:Object Id=\"order\">", fake + "<ds:Object Id=\"order\">")
    after = signed.replace("</ds:Signature>", fake + "</ds:Signature>")
    assert before != signed and after != signed
    for name, text in (("xsw-fake-object-before.xml", before), ("xsw-fake-object-after.xml", after)):
        with open(os.path.join(out, name), "w") as f:
            f.write(text)
    return ["good-enveloping.xml\tintact; crypto valid",
            "xsw-fake-object-before.xml\tINDETERMINATE/SIGNED_DATA_NOT_FOUND",
            "xsw-fake-object-after.xml\tINDETERMINATE/SIGNED_DATA_NOT_FOUND"]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    key, cert = os.path.join(out, "signer.key"), os.path.join(out, "signer.pem")
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "30",
        "-subj", "/CN=Attack Test Signer", "-addext", "keyUsage=critical,digitalSignature,nonRepudiation")
    manifest = pdf_files(out, key, cert) + xml_files(out, key, cert)
    with open(os.path.join(out, "MANIFEST.txt"), "w") as f:
        f.write("\n".join(manifest) + "\n")


if __name__ == "__main__":
    main()
