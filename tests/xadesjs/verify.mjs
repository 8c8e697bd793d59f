// Verifies every ds:Signature of an XAdES file with xadesjs (PeculiarVentures), an implementation we
// did not write. Usage: node verify.mjs SIGNED.xml [DETACHED-DATA-FILE]
// Prints one line per signature and exits 0 only when all are valid.
import { readFileSync } from "node:fs";
import { webcrypto, X509Certificate } from "node:crypto";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import * as xadesjs from "xadesjs";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

// xadesjs and xmldsigjs each carry their own copy of xml-core, and each copy needs the DOM.
const require = createRequire(import.meta.url);
for (const dir of ["xml-core", "xadesjs/node_modules/xml-core", "xmldsigjs/node_modules/xml-core"]) {
  const path = new URL(`./node_modules/${dir}`, import.meta.url).pathname;
  if (existsSync(path)) {
    require(path).setNodeDependencies({ DOMParser, XMLSerializer });
  }
}
xadesjs.Application.setEngine("NodeJS", webcrypto);

const [file, detached] = process.argv.slice(2);
// xmldom reads strings, so decode the bytes in the encoding the XML declaration names.
const bytes = readFileSync(file);
const declared = /^<\?xml[^>]*encoding=["']([A-Za-z0-9_.-]+)["']/.exec(bytes.subarray(0, 200).toString("latin1"));
const text = new TextDecoder(declared ? declared[1] : "utf-8").decode(bytes);
const doc = xadesjs.Parse(text.replace(/^<\?xml[^>]*\?>/, ""), "application/xml");

// xadesjs cannot take an EC key's curve from a certificate, so hand it the key itself.
async function signerKey(signatureNode) {
  const certs = signatureNode.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "X509Certificate");
  if (certs.length === 0) return undefined;
  const cert = new X509Certificate(Buffer.from(certs[0].textContent.replace(/\s+/g, ""), "base64"));
  const details = cert.publicKey.asymmetricKeyDetails;
  if (cert.publicKey.asymmetricKeyType !== "ec") return undefined;
  const curves = { prime256v1: "P-256", secp384r1: "P-384", secp521r1: "P-521" };
  const spki = cert.publicKey.export({ type: "spki", format: "der" });
  return webcrypto.subtle.importKey("spki", spki, { name: "ECDSA", namedCurve: curves[details.namedCurve] }, true, ["verify"]);
}
const nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature");
let allValid = nodes.length > 0;
for (let i = 0; i < nodes.length; i++) {
  const signed = new xadesjs.SignedXml(doc);
  signed.LoadXml(nodes[i]);
  try {
    const params = {};
    const key = await signerKey(nodes[i]);
    if (key) {
      params.key = key;
      // Its re-import would drop the curve again; the key is already fit for ECDSA verification.
      signed.reimportKey = async (k) => k;
    }
    if (detached) params.content = new Uint8Array(readFileSync(detached));
    const valid = await signed.Verify(Object.keys(params).length ? params : undefined);
    console.log(`signature ${i + 1}: ${valid ? "valid" : "INVALID"}`);
    allValid &&= valid;
  } catch (e) {
    console.log(`signature ${i + 1}: ERROR ${e.message}`);
    allValid = false;
  }
}
process.exit(allValid ? 0 : 1);
