<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AuthorizeStep</name>
        <message>
            <source>Authorization %1 of %2</source>
            <translation>Authorization %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n attempt(s) left)</source>
            <translation>
                <numerusform>%1 (%n attempt left)</numerusform>
                <numerusform>%1 (%n attempts left)</numerusform>
            </translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Open your authenticator app and enter the 6-digit code it shows now.</source>
            <translation>Open your authenticator app and enter the 6-digit code it shows now.</translation>
        </message>
        <message>
            <source>Send the code again</source>
            <translation>Send the code again</translation>
        </message>
        <message>
            <source>Send me a code</source>
            <translation>Send me a code</translation>
        </message>
        <message>
            <source>One-time password</source>
            <translation>One-time password</translation>
        </message>
        <message>
            <source>The service will ask for your authorization in the browser.</source>
            <translation>The service will ask for your authorization in the browser.</translation>
        </message>
        <message>
            <source>Open the browser</source>
            <translation>Open the browser</translation>
        </message>
        <message>
            <source>Authorize</source>
            <translation>Authorize</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <source>Authorize %n signature(s) with the key of %1.</source>
            <translation>
                <numerusform>Authorize %n signature with the key of %1.</numerusform>
                <numerusform>Authorize %n signatures with the key of %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 The key is locked.</source>
            <translation>%1 The key is locked.</translation>
        </message>
        <message numerus="yes">
            <source>Code sent. You can ask again in %n s.</source>
            <translation>
                <numerusform>Code sent. You can ask again in %n s.</numerusform>
                <numerusform>Code sent. You can ask again in %n s.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel the signing</source>
            <translation>Cancel the signing</translation>
        </message>
    </context>
    <context>
        <name>CredentialStep</name>
        <message>
            <source>Choose the key to sign with.</source>
            <translation>Choose the key to sign with.</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Authorization</source>
            <translation>Authorization</translation>
        </message>
        <message>
            <source>Use this key</source>
            <translation>Use this key</translation>
        </message>
        <message>
            <source>Cannot be used</source>
            <translation>Cannot be used</translation>
        </message>
        <message>
            <source>Use the key of %1</source>
            <translation>Use the key of %1</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Signing keys</source>
            <translation>Signing keys</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Needs: %1</source>
            <translation>Needs: %1</translation>
        </message>
        <message>
            <source>The key of %1 cannot be used: %2</source>
            <translation>The key of %1 cannot be used: %2</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back to the documents</source>
            <translation>Back to the documents</translation>
        </message>
        <message>
            <source>Sign out of the signature service</source>
            <translation>Sign out of the signature service</translation>
        </message>
        <message>
            <source>Certificate serial number</source>
            <translation>Certificate serial number</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountCard</name>
        <message>
            <source>Demo account of the development signature service</source>
            <translation>Demo account of the development signature service</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>One-time password</source>
            <translation>One-time password</translation>
        </message>
        <message>
            <source>%1 (valid for %2 s)</source>
            <translation>%1 (valid for %2 s)</translation>
        </message>
        <message>
            <source>User ID: %1</source>
            <translation>User ID: %1</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>Password: %1</translation>
        </message>
        <message>
            <source>PIN: %1</source>
            <translation>PIN: %1</translation>
        </message>
        <message>
            <source>One-time password: %1</source>
            <translation>One-time password: %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentRow</name>
        <message>
            <source>Computing the hash of %1</source>
            <translation>Computing the hash of %1</translation>
        </message>
        <message>
            <source>Copy hash</source>
            <translation>Copy hash</translation>
        </message>
        <message>
            <source>Copy the full SHA-256 of %1</source>
            <translation>Copy the full SHA-256 of %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Not checked yet</translation>
        </message>
        <message>
            <source>%1, %2, %3, %4</source>
            <translation>%1, %2, %3, %4</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Preview and check %1</source>
            <translation>Preview and check %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Documents (*.pdf *.xml)</source>
            <translation>Documents (*.pdf *.xml)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Add the documents to sign. Their hashes are computed on this device; the documents never leave it.</source>
            <translation>Add the documents to sign. Their hashes are computed on this device; the documents never leave it.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Drop PDF or XML files here</source>
            <translation>Drop PDF or XML files here</translation>
        </message>
        <message>
            <source>Add files to sign</source>
            <translation>Add files to sign</translation>
        </message>
        <message>
            <source>Continue to the login</source>
            <translation>Continue to the login</translation>
        </message>
        <message>
            <source>Remove all documents from the list</source>
            <translation>Remove all documents from the list</translation>
        </message>
        <message numerus="yes">
            <source>All %n document(s) checked.</source>
            <translation>
                <numerusform>%n document checked.</numerusform>
                <numerusform>All %n documents checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n document(s) checked. Open each one with Preview and confirm it before you continue.</source>
            <translation>
                <numerusform>%1 of %n document checked. Open each one with Preview and confirm it before you continue.</numerusform>
                <numerusform>%1 of %n documents checked. Open each one with Preview and confirm it before you continue.</numerusform>
            </translation>
        </message>
        <message>
            <source>Documents to sign</source>
            <translation>Documents to sign</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <source>File name</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>Export JSON…</translation>
        </message>
        <message>
            <source>Nothing signed or verified on this device yet.</source>
            <translation>Nothing signed or verified on this device yet.</translation>
        </message>
        <message>
            <source>Export the history</source>
            <translation>Export the history</translation>
        </message>
    </context>
    <context>
        <name>HistoryRow</name>
        <message>
            <source>%1 %2, %3, %4</source>
            <translation>%1 %2, %3, %4</translation>
        </message>
    </context>
    <context>
        <name>LockedNote</name>
        <message>
            <source>Set by your administrator</source>
            <translation>Set by your administrator</translation>
        </message>
    </context>
    <context>
        <name>LoginStep</name>
        <message>
            <source>Sign in to %1. Your signing key stays with the service; signing it needs a separate authorization later.</source>
            <translation>Sign in to %1. Your signing key stays with the service; signing it needs a separate authorization later.</translation>
        </message>
        <message>
            <source>Sign in with the browser</source>
            <translation>Sign in with the browser</translation>
        </message>
        <message>
            <source>Or with a user ID and password:</source>
            <translation>Or with a user ID and password:</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Sign in with user ID and password</source>
            <translation>Sign in with user ID and password</translation>
        </message>
        <message>
            <source>Back to the documents</source>
            <translation>Back to the documents</translation>
        </message>
        <message>
            <source>Signing in</source>
            <translation>Signing in</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Remote Signature Client</source>
            <translation>Remote Signature Client</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Sign</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
    </context>
    <context>
        <name>MetadataCard</name>
        <message>
            <source>File details</source>
            <translation>File details</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Name: %1</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Size: %1</source>
            <translation>Size: %1</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Type: %1</source>
            <translation>Type: %1</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modified</translation>
        </message>
        <message>
            <source>Modified: %1</source>
            <translation>Modified: %1</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Location: %1</source>
            <translation>Location: %1</translation>
        </message>
        <message>
            <source>Being computed…</source>
            <translation>Being computed…</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
    </context>
    <context>
        <name>OpenFilesDialog</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OptionsStep</name>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Signature level</source>
            <translation>Signature level</translation>
        </message>
        <message>
            <source>XML and other files</source>
            <translation>XML and other files</translation>
        </message>
        <message>
            <source>Inside the XML (enveloped)</source>
            <translation>Inside the XML (enveloped)</translation>
        </message>
        <message>
            <source>File inside the signature (enveloping)</source>
            <translation>File inside the signature (enveloping)</translation>
        </message>
        <message>
            <source>Separate signature file (detached)</source>
            <translation>Separate signature file (detached)</translation>
        </message>
        <message>
            <source>XAdES packaging</source>
            <translation>XAdES packaging</translation>
        </message>
        <message>
            <source>Reason (PDF)</source>
            <translation>Reason (PDF)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Location (PDF)</source>
            <translation>Location (PDF)</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Save signed files in (empty: next to each document)</source>
            <translation>Save signed files in (empty: next to each document)</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Sign</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message numerus="yes">
            <source>Sign %n document(s)</source>
            <translation>
                <numerusform>Sign %n document</numerusform>
                <numerusform>Sign %n documents</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the signing keys</source>
            <translation>Back to the signing keys</translation>
        </message>
        <message>
            <source>B-B: the signature alone. Its time comes from this computer's clock and proves nothing.</source>
            <translation>B-B: the signature alone. Its time comes from this computer's clock and proves nothing.</translation>
        </message>
        <message>
            <source>B-T: the signature with a time-stamp from a time-stamp authority, which proves when it was made. Recommended.</source>
            <translation>B-T: the signature with a time-stamp from a time-stamp authority, which proves when it was made. Recommended.</translation>
        </message>
        <message>
            <source>By file type (XML enveloped, other files detached)</source>
            <translation>By file type (XML enveloped, other files detached)</translation>
        </message>
    </context>
    <context>
        <name>PdfPageView</name>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Previous page (Page Up)</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Next page (Page Down)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Zoom %1 percent</source>
            <translation>Zoom %1 percent</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Fit the page to the width of the view</source>
            <translation>Fit the page to the width of the view</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Rendering the page</source>
            <translation>Rendering the page</translation>
        </message>
        <message>
            <source>This page could not be shown.</source>
            <translation>This page could not be shown.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>‹ Documents</source>
            <translation>‹ Documents</translation>
        </message>
        <message>
            <source>Back to the documents list</source>
            <translation>Back to the documents list</translation>
        </message>
        <message>
            <source>Preview of %1</source>
            <translation>Preview of %1</translation>
        </message>
        <message>
            <source>Opening the document</source>
            <translation>Opening the document</translation>
        </message>
        <message>
            <source>XML content of %1</source>
            <translation>XML content of %1</translation>
        </message>
        <message>
            <source>Confirmation</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Confirm this document</source>
            <translation>Confirm this document</translation>
        </message>
        <message>
            <source>Confirm that %1 is what you intend to sign</source>
            <translation>Confirm that %1 is what you intend to sign</translation>
        </message>
        <message>
            <source>Withdraw confirmation</source>
            <translation>Withdraw confirmation</translation>
        </message>
        <message>
            <source>Withdraw the confirmation of %1</source>
            <translation>Withdraw the confirmation of %1</translation>
        </message>
        <message>
            <source>Next document ›</source>
            <translation>Next document ›</translation>
        </message>
        <message>
            <source>Show the next document</source>
            <translation>Show the next document</translation>
        </message>
    </context>
    <context>
        <name>ProgressStep</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>%1 of %2 documents finished</source>
            <translation>%1 of %2 documents finished</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Documents being signed</source>
            <translation>Documents being signed</translation>
        </message>
        <message>
            <source>Cancel the signing</source>
            <translation>Cancel the signing</translation>
        </message>
    </context>
    <context>
        <name>ResultStep</name>
        <message>
            <source>Processing result</source>
            <translation>Processing result</translation>
        </message>
        <message>
            <source>Signed normally</source>
            <translation>Signed normally</translation>
        </message>
        <message>
            <source>Not signed: %1</source>
            <translation>Not signed: %1</translation>
        </message>
        <message>
            <source>Signer ID</source>
            <translation>Signer ID</translation>
        </message>
        <message>
            <source>Signing target</source>
            <translation>Signing target</translation>
        </message>
        <message>
            <source>Signed document</source>
            <translation>Signed document</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Signing time</source>
            <translation>Signing time</translation>
        </message>
        <message>
            <source>Signer name</source>
            <translation>Signer name</translation>
        </message>
        <message>
            <source>Sign other documents</source>
            <translation>Sign other documents</translation>
        </message>
        <message>
            <source>Signing results</source>
            <translation>Signing results</translation>
        </message>
        <message>
            <source>Signer ID: %1</source>
            <translation>Signer ID: %1</translation>
        </message>
        <message>
            <source>Signing target: %1</source>
            <translation>Signing target: %1</translation>
        </message>
        <message>
            <source>Signed document: %1</source>
            <translation>Signed document: %1</translation>
        </message>
        <message>
            <source>Open the signed document</source>
            <translation>Open the signed document</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <source>Show the signed document in its folder</source>
            <translation>Show the signed document in its folder</translation>
        </message>
        <message>
            <source>%1 (time-stamp time; %2)</source>
            <translation>%1 (time-stamp time; %2)</translation>
        </message>
        <message>
            <source>%1 (this computer's clock; no time-stamp)</source>
            <translation>%1 (this computer's clock; no time-stamp)</translation>
        </message>
        <message>
            <source>Signing time: %1</source>
            <translation>Signing time: %1</translation>
        </message>
        <message>
            <source>Signer name: %1</source>
            <translation>Signer name: %1</translation>
        </message>
        <message>
            <source>Hide full subject</source>
            <translation>Hide full subject</translation>
        </message>
        <message>
            <source>Show full subject</source>
            <translation>Show full subject</translation>
        </message>
        <message>
            <source>Verification result</source>
            <translation>Verification result</translation>
        </message>
        <message>
            <source>View report</source>
            <translation>View report</translation>
        </message>
        <message>
            <source>View the verification report</source>
            <translation>View the verification report</translation>
        </message>
    </context>
    <context>
        <name>SaveFileDialog</name>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Signature services</source>
            <translation>Signature services</translation>
        </message>
        <message>
            <source>Use %1</source>
            <translation>Use %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Service name</source>
            <translation>Service name</translation>
        </message>
        <message>
            <source>Address (https://…)</source>
            <translation>Address (https://…)</translation>
        </message>
        <message>
            <source>Service address</source>
            <translation>Service address</translation>
        </message>
        <message>
            <source>Extra CA certificates (PEM file)</source>
            <translation>Extra CA certificates (PEM file)</translation>
        </message>
        <message>
            <source>Extra CA certificates file</source>
            <translation>Extra CA certificates file</translation>
        </message>
        <message>
            <source>Pinned keys (SHA-256, Base64)</source>
            <translation>Pinned keys (SHA-256, Base64)</translation>
        </message>
        <message>
            <source>Pinned public keys</source>
            <translation>Pinned public keys</translation>
        </message>
        <message>
            <source>Add or update service</source>
            <translation>Add or update service</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Signing</translation>
        </message>
        <message>
            <source>Time-stamp service (empty: the signature service's)</source>
            <translation>Time-stamp service (empty: the signature service's)</translation>
        </message>
        <message>
            <source>Time-stamp service address</source>
            <translation>Time-stamp service address</translation>
        </message>
        <message>
            <source>Default level</source>
            <translation>Default level</translation>
        </message>
        <message>
            <source>Default signature level</source>
            <translation>Default signature level</translation>
        </message>
        <message>
            <source>Output folder (empty: next to the document)</source>
            <translation>Output folder (empty: next to the document)</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <source>Sign out after inactivity (minutes)</source>
            <translation>Sign out after inactivity (minutes)</translation>
        </message>
        <message>
            <source>Idle time-out in minutes</source>
            <translation>Idle time-out in minutes</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verification</translation>
        </message>
        <message>
            <source>Trust anchors (PEM file or folder)</source>
            <translation>Trust anchors (PEM file or folder)</translation>
        </message>
        <message>
            <source>Trust anchors</source>
            <translation>Trust anchors</translation>
        </message>
        <message>
            <source>Check revocation online</source>
            <translation>Check revocation online</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Same as the system</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Also trust the system's web certificate authorities</source>
            <translation>Also trust the system's web certificate authorities</translation>
        </message>
        <message>
            <source>Not recommended: these authorities vouch for web sites, not for the people who sign documents. Signatures trusted only through them are shown with a warning.</source>
            <translation>Not recommended: these authorities vouch for web sites, not for the people who sign documents. Signatures trusted only through them are shown with a warning.</translation>
        </message>
    </context>
    <context>
        <name>SignatureCard</name>
        <message>
            <source>%1: %2. %3</source>
            <translation>%1: %2. %3</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Hide details</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Show details</translation>
        </message>
        <message>
            <source>Hide the details of %1</source>
            <translation>Hide the details of %1</translation>
        </message>
        <message>
            <source>Show the details of %1</source>
            <translation>Show the details of %1</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Sign documents with a key kept by your signature service, and verify signed documents.</source>
            <translation>Sign documents with a key kept by your signature service, and verify signed documents.</translation>
        </message>
        <message>
            <source>Only the document's hash leaves this device.</source>
            <translation>Only the document's hash leaves this device.</translation>
        </message>
        <message>
            <source>Recent activity</source>
            <translation>Recent activity</translation>
        </message>
        <message>
            <source>Nothing signed or verified on this device yet.</source>
            <translation>Nothing signed or verified on this device yet.</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Sign documents</source>
            <translation>Sign documents</translation>
        </message>
        <message>
            <source>Verify documents</source>
            <translation>Verify documents</translation>
        </message>
        <message>
            <source>Verify signed documents</source>
            <translation>Verify signed documents</translation>
        </message>
    </context>
    <context>
        <name>StepHeader</name>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Sign in to the signature service</source>
            <translation>Sign in to the signature service</translation>
        </message>
        <message>
            <source>Choose the signing key</source>
            <translation>Choose the signing key</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Authorize the signature</source>
            <translation>Authorize the signature</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Signing</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Step %1 of %2: %3</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Sign out of the signature service</source>
            <translation>Sign out of the signature service</translation>
        </message>
        <message>
            <source>Preparing the documents for the authorization</source>
            <translation>Preparing the documents for the authorization</translation>
        </message>
    </context>
    <context>
        <name>VerifiedFileCard</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Verifying %1</source>
            <translation>Verifying %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Files to verify</source>
            <translation>Files to verify</translation>
        </message>
        <message>
            <source>Signed documents (*.pdf *.xml *.p7s *.p7m)</source>
            <translation>Signed documents (*.pdf *.xml *.p7s *.p7m)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Save the verification report</source>
            <translation>Save the verification report</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <source>Verify signed documents: PDF, XML, or a detached XML signature together with the file it signs. Nothing leaves this device unless online revocation checks are on.</source>
            <translation>Verify signed documents: PDF, XML, or a detached XML signature together with the file it signs. Nothing leaves this device unless online revocation checks are on.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Add files to verify</source>
            <translation>Add files to verify</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the verification</source>
            <translation>Cancel the verification</translation>
        </message>
        <message>
            <source>Verify again</source>
            <translation>Verify again</translation>
        </message>
        <message>
            <source>Verify every file again</source>
            <translation>Verify every file again</translation>
        </message>
        <message>
            <source>Export report…</source>
            <translation>Export report…</translation>
        </message>
        <message>
            <source>Export the verification report</source>
            <translation>Export the verification report</translation>
        </message>
        <message>
            <source>PDF report…</source>
            <translation>PDF report…</translation>
        </message>
        <message>
            <source>Export the report as PDF</source>
            <translation>Export the report as PDF</translation>
        </message>
        <message>
            <source>HTML report…</source>
            <translation>HTML report…</translation>
        </message>
        <message>
            <source>Export the report as HTML</source>
            <translation>Export the report as HTML</translation>
        </message>
        <message>
            <source>JSON report…</source>
            <translation>JSON report…</translation>
        </message>
        <message>
            <source>Export the report as JSON</source>
            <translation>Export the report as JSON</translation>
        </message>
        <message>
            <source>Copy summary</source>
            <translation>Copy summary</translation>
        </message>
        <message>
            <source>Copy a short summary for a support ticket</source>
            <translation>Copy a short summary for a support ticket</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Remove every file from the list</source>
            <translation>Remove every file from the list</translation>
        </message>
        <message>
            <source>Verification progress</source>
            <translation>Verification progress</translation>
        </message>
        <message>
            <source>The summary is on the clipboard.</source>
            <translation>The summary is on the clipboard.</translation>
        </message>
        <message>
            <source>Drop signed files here</source>
            <translation>Drop signed files here</translation>
        </message>
        <message>
            <source>Verified files</source>
            <translation>Verified files</translation>
        </message>
    </context>
    <context>
        <name>VerifyText</name>
        <message>
            <source>Timestamp</source>
            <translation>Timestamp</translation>
        </message>
        <message>
            <source>Signing time (from the signer's computer, not proven)</source>
            <translation>Signing time (from the signer's computer, not proven)</translation>
        </message>
        <message>
            <source>%1, by %2</source>
            <translation>%1, by %2</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Signature %1 (%2)</source>
            <translation>Signature %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n valid</source>
            <translation>
                <numerusform>%n valid</numerusform>
                <numerusform>%n valid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n valid with warnings</source>
            <translation>
                <numerusform>%n valid with warnings</numerusform>
                <numerusform>%n valid with warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be confirmed</source>
            <translation>
                <numerusform>%n cannot be confirmed</numerusform>
                <numerusform>%n cannot be confirmed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invalid</source>
            <translation>
                <numerusform>%n invalid</numerusform>
                <numerusform>%n invalid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signature(s): %1</source>
            <translation>
                <numerusform>%n signature: %1</numerusform>
                <numerusform>%n signatures: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Could not be verified</source>
            <translation>Could not be verified</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Signed content of a detached signature added with it</source>
            <translation>Signed content of a detached signature added with it</translation>
        </message>
        <message>
            <source>Signature verification, %1 (%2)</source>
            <translation>Signature verification, %1 (%2)</translation>
        </message>
        <message>
            <source>Could not be verified: %1</source>
            <translation>Could not be verified: %1</translation>
        </message>
    </context>
    <context>
        <name>sic</name>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>note: %1</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <source>no signature found</source>
            <translation>no signature found</translation>
        </message>
        <message>
            <source>The signing certificate could not be read. Contact your signature service provider.</source>
            <translation>The signing certificate could not be read. Contact your signature service provider.</translation>
        </message>
        <message>
            <source>The signature algorithm does not match the signing certificate's key.</source>
            <translation>The signature algorithm does not match the signing certificate's key.</translation>
        </message>
        <message>
            <source>The signature service returned a signature that does not match the document and the certificate. Nothing was saved. Try again or contact the service provider.</source>
            <translation>The signature service returned a signature that does not match the document and the certificate. Nothing was saved. Try again or contact the service provider.</translation>
        </message>
        <message>
            <source>The document digest is not valid for signing.</source>
            <translation>The document digest is not valid for signing.</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>The file does not exist.</translation>
        </message>
        <message>
            <source>This is a folder, not a file.</source>
            <translation>This is a folder, not a file.</translation>
        </message>
        <message>
            <source>You are not allowed to read this file.</source>
            <translation>You are not allowed to read this file.</translation>
        </message>
        <message>
            <source>The file could not be opened.</source>
            <translation>The file could not be opened.</translation>
        </message>
        <message>
            <source>The file is shorter than expected.</source>
            <translation>The file is shorter than expected.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>The file could not be read.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message numerus="yes">
            <source>The PIN is wrong. %n attempt(s) left before the signing key is locked.</source>
            <translation>
                <numerusform>The PIN is wrong. %n attempt left before the signing key is locked.</numerusform>
                <numerusform>The PIN is wrong. %n attempts left before the signing key is locked.</numerusform>
            </translation>
        </message>
        <message>
            <source>The PIN is wrong. Check it and try again.</source>
            <translation>The PIN is wrong. Check it and try again.</translation>
        </message>
        <message numerus="yes">
            <source>The one-time password is wrong or was already used. %n attempt(s) left before the signing key is locked.</source>
            <translation>
                <numerusform>The one-time password is wrong or was already used. %n attempt left before the signing key is locked.</numerusform>
                <numerusform>The one-time password is wrong or was already used. %n attempts left before the signing key is locked.</numerusform>
            </translation>
        </message>
        <message>
            <source>The one-time password is wrong or was already used. Wait for a new code and try again.</source>
            <translation>The one-time password is wrong or was already used. Wait for a new code and try again.</translation>
        </message>
        <message>
            <source>The signing key is locked after too many wrong attempts. Ask your signature service provider to unlock it.</source>
            <translation>The signing key is locked after too many wrong attempts. Ask your signature service provider to unlock it.</translation>
        </message>
        <message>
            <source>The signing authorization expired before the signature was made. Sign again.</source>
            <translation>The signing authorization expired before the signature was made. Sign again.</translation>
        </message>
        <message>
            <source>The signing authorization was already used or is not valid. Sign again.</source>
            <translation>The signing authorization was already used or is not valid. Sign again.</translation>
        </message>
        <message>
            <source>The signature service refused a document hash that the authorization does not cover. Sign again.</source>
            <translation>The signature service refused a document hash that the authorization does not cover. Sign again.</translation>
        </message>
        <message>
            <source>The signature service did not accept the login. Check the user name and password.</source>
            <translation>The signature service did not accept the login. Check the user name and password.</translation>
        </message>
        <message>
            <source>The session with the signature service has ended. Log in again.</source>
            <translation>The session with the signature service has ended. Log in again.</translation>
        </message>
        <message>
            <source>The secure connection to the signature service could not be verified, so nothing was sent. Check the service address and its certificate.</source>
            <translation>The secure connection to the signature service could not be verified, so nothing was sent. Check the service address and its certificate.</translation>
        </message>
        <message>
            <source>The signature service presented a different key than the one configured for it, so nothing was sent. Check the pinned key with your provider.</source>
            <translation>The signature service presented a different key than the one configured for it, so nothing was sent. Check the pinned key with your provider.</translation>
        </message>
        <message>
            <source>The signature service could not be reached. Check the network connection and the service address.</source>
            <translation>The signature service could not be reached. Check the network connection and the service address.</translation>
        </message>
        <message>
            <source>The signature service did not answer in time. Try again later.</source>
            <translation>The signature service did not answer in time. Try again later.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>The operation was cancelled.</translation>
        </message>
        <message>
            <source>The signature service reported an error. Try again later or contact the provider.</source>
            <translation>The signature service reported an error. Try again later or contact the provider.</translation>
        </message>
        <message>
            <source>The signature service sent an answer the app cannot read. Contact the provider.</source>
            <translation>The signature service sent an answer the app cannot read. Contact the provider.</translation>
        </message>
        <message>
            <source>The signature service returned a complete signature container instead of a bare signature value. This service is not compatible with the app.</source>
            <translation>The signature service returned a complete signature container instead of a bare signature value. This service is not compatible with the app.</translation>
        </message>
        <message>
            <source>A signature value returned by the signature service does not match the certificate and the document hash, so it was not used.</source>
            <translation>A signature value returned by the signature service does not match the certificate and the document hash, so it was not used.</translation>
        </message>
        <message>
            <source>More signatures were requested in one authorization than the signing key allows.</source>
            <translation>More signatures were requested in one authorization than the signing key allows.</translation>
        </message>
        <message>
            <source>The signature service or signing key uses a feature the app does not support.</source>
            <translation>The signature service or signing key uses a feature the app does not support.</translation>
        </message>
        <message>
            <source>The history is in use by another program.</source>
            <translation>The history is in use by another program.</translation>
        </message>
        <message>
            <source>The history could not be written.</source>
            <translation>The history could not be written.</translation>
        </message>
        <message>
            <source>The history file is damaged; nothing was added to it.</source>
            <translation>The history file is damaged; nothing was added to it.</translation>
        </message>
        <message>
            <source>The history could not be read.</source>
            <translation>The history could not be read.</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>The file could not be written.</translation>
        </message>
        <message>
            <source>The signed file could not be written. Check free disk space and write permission.</source>
            <translation>The signed file could not be written. Check free disk space and write permission.</translation>
        </message>
        <message>
            <source>Choose where to save the signed document.</source>
            <translation>Choose where to save the signed document.</translation>
        </message>
        <message>
            <source>The folder for the signed document does not exist. Choose another folder.</source>
            <translation>The folder for the signed document does not exist. Choose another folder.</translation>
        </message>
        <message>
            <source>The signed document cannot replace the original. Choose another file name.</source>
            <translation>The signed document cannot replace the original. Choose another file name.</translation>
        </message>
        <message>
            <source>A file with the name of the signed document already exists. Choose another name or allow replacing it.</source>
            <translation>A file with the name of the signed document already exists. Choose another name or allow replacing it.</translation>
        </message>
        <message>
            <source>This signing session was already used.</source>
            <translation>This signing session was already used.</translation>
        </message>
        <message>
            <source>A time-stamp service is needed for this signature level. Configure one in the settings.</source>
            <translation>A time-stamp service is needed for this signature level. Configure one in the settings.</translation>
        </message>
        <message>
            <source>Only an unsigned document can be certified. Sign it with an approval signature instead.</source>
            <translation>Only an unsigned document can be certified. Sign it with an approval signature instead.</translation>
        </message>
        <message>
            <source>The document was not prepared for signing.</source>
            <translation>The document was not prepared for signing.</translation>
        </message>
        <message>
            <source>The signature service returned the wrong number of signatures.</source>
            <translation>The signature service returned the wrong number of signatures.</translation>
        </message>
        <message>
            <source>The signature is larger than the space reserved for it in the PDF. Try again; if it keeps failing, report it to support.</source>
            <translation>The signature is larger than the space reserved for it in the PDF. Try again; if it keeps failing, report it to support.</translation>
        </message>
        <message>
            <source>This document is certified by its author and allows no changes, not even another signature. It cannot be signed.</source>
            <translation>This document is certified by its author and allows no changes, not even another signature. It cannot be signed.</translation>
        </message>
        <message>
            <source>An earlier signature locks every form field of this document, so no further signature can be added.</source>
            <translation>An earlier signature locks every form field of this document, so no further signature can be added.</translation>
        </message>
        <message>
            <source>This PDF is encrypted (password-protected). Remove the protection with the application that created it, then sign the unprotected copy.</source>
            <translation>This PDF is encrypted (password-protected). Remove the protection with the application that created it, then sign the unprotected copy.</translation>
        </message>
        <message>
            <source>The PDF file could not be opened.</source>
            <translation>The PDF file could not be opened.</translation>
        </message>
        <message>
            <source>The PDF file changed while it was being signed. Try again.</source>
            <translation>The PDF file changed while it was being signed. Try again.</translation>
        </message>
        <message>
            <source>Signing was cancelled.</source>
            <translation>Signing was cancelled.</translation>
        </message>
        <message>
            <source>The PDF file could not be read.</source>
            <translation>The PDF file could not be read.</translation>
        </message>
        <message>
            <source>The PDF file is damaged or not a PDF file and cannot be signed. Open and save it again with a PDF application, then retry.</source>
            <translation>The PDF file is damaged or not a PDF file and cannot be signed. Open and save it again with a PDF application, then retry.</translation>
        </message>
        <message>
            <source>The file is not a PDF document.</source>
            <translation>The file is not a PDF document.</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it exists and that you may read it.</source>
            <translation>The file could not be opened. Check that it exists and that you may read it.</translation>
        </message>
        <message>
            <source>The PDF file is damaged or truncated and cannot be signed.</source>
            <translation>The PDF file is damaged or truncated and cannot be signed.</translation>
        </message>
        <message>
            <source>The system keychain could not be used, so the login cannot be remembered. Check that a keychain (secret service) is available and unlocked.</source>
            <translation>The system keychain could not be used, so the login cannot be remembered. Check that a keychain (secret service) is available and unlocked.</translation>
        </message>
        <message>
            <source>Every signature service needs a name.</source>
            <translation>Every signature service needs a name.</translation>
        </message>
        <message>
            <source>The address of a signature service must start with https://.</source>
            <translation>The address of a signature service must start with https://.</translation>
        </message>
        <message>
            <source>A pinned key must be the Base64 SHA-256 of the server's public key.</source>
            <translation>A pinned key must be the Base64 SHA-256 of the server's public key.</translation>
        </message>
        <message>
            <source>The chosen signature service is not in the list.</source>
            <translation>The chosen signature service is not in the list.</translation>
        </message>
        <message>
            <source>The time-stamp service address is not a web address.</source>
            <translation>The time-stamp service address is not a web address.</translation>
        </message>
        <message>
            <source>The language must be Japanese or English.</source>
            <translation>The language must be Japanese or English.</translation>
        </message>
        <message>
            <source>The idle time-out must be between 1 and 240 minutes.</source>
            <translation>The idle time-out must be between 1 and 240 minutes.</translation>
        </message>
        <message>
            <source>The settings could not be saved.</source>
            <translation>The settings could not be saved.</translation>
        </message>
        <message>
            <source>The time-stamp service returned a time-stamp that could not be verified. Nothing was saved. Check the time-stamp service settings.</source>
            <translation>The time-stamp service returned a time-stamp that could not be verified. Nothing was saved. Check the time-stamp service settings.</translation>
        </message>
        <message>
            <source>The trusted certificates for time-stamps could not be loaded. Check the settings.</source>
            <translation>The trusted certificates for time-stamps could not be loaded. Check the settings.</translation>
        </message>
        <message>
            <source>The time-stamp service refused the request. Try again later or check the settings.</source>
            <translation>The time-stamp service refused the request. Try again later or check the settings.</translation>
        </message>
        <message>
            <source>The time-stamp service could not be reached. Check the network and the service address, then try again.</source>
            <translation>The time-stamp service could not be reached. Check the network and the service address, then try again.</translation>
        </message>
        <message>
            <source>The time-stamp service sent an unexpectedly large answer.</source>
            <translation>The time-stamp service sent an unexpectedly large answer.</translation>
        </message>
        <message>
            <source>The CMS structure has %1 signers; only the first is verified.</source>
            <translation>The CMS structure has %1 signers; only the first is verified.</translation>
        </message>
        <message>
            <source>The signature is malformed (%1).</source>
            <translation>The signature is malformed (%1).</translation>
        </message>
        <message>
            <source>The signed data was changed after signing: its digest does not match the one in the signature.</source>
            <translation>The signed data was changed after signing: its digest does not match the one in the signature.</translation>
        </message>
        <message>
            <source>The signature value does not match the signed attributes and the signer's key.</source>
            <translation>The signature value does not match the signed attributes and the signer's key.</translation>
        </message>
        <message>
            <source>The signature value does not match the signed data and the signer's key.</source>
            <translation>The signature value does not match the signed data and the signer's key.</translation>
        </message>
        <message>
            <source>The signer's certificate is not in the signature, so the signer cannot be identified.</source>
            <translation>The signer's certificate is not in the signature, so the signer cannot be identified.</translation>
        </message>
        <message>
            <source>The signing-certificate attribute names a different certificate than the one that signed.</source>
            <translation>The signing-certificate attribute names a different certificate than the one that signed.</translation>
        </message>
        <message>
            <source>The signature has no signed attributes (no signing time, no signing certificate reference).</source>
            <translation>The signature has no signed attributes (no signing time, no signing certificate reference).</translation>
        </message>
        <message>
            <source>the content inside the signature</source>
            <translation>the content inside the signature</translation>
        </message>
        <message>
            <source>The signature is detached and the signed file was not found; give it with --data.</source>
            <translation>The signature is detached and the signed file was not found; give it with --data.</translation>
        </message>
        <message>
            <source>the file %1</source>
            <translation>the file %1</translation>
        </message>
        <message>
            <source>The signature uses a digest algorithm the content was not hashed with.</source>
            <translation>The signature uses a digest algorithm the content was not hashed with.</translation>
        </message>
        <message>
            <source>The signature data is not a readable CMS signature.</source>
            <translation>The signature data is not a readable CMS signature.</translation>
        </message>
        <message>
            <source>The CMS signature contains no signer.</source>
            <translation>The CMS signature contains no signer.</translation>
        </message>
        <message>
            <source>the signer</source>
            <translation>the signer</translation>
        </message>
        <message>
            <source>key compromise</source>
            <translation>key compromise</translation>
        </message>
        <message>
            <source>CA compromise</source>
            <translation>CA compromise</translation>
        </message>
        <message>
            <source>affiliation changed</source>
            <translation>affiliation changed</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>superseded</translation>
        </message>
        <message>
            <source>cessation of operation</source>
            <translation>cessation of operation</translation>
        </message>
        <message>
            <source>certificate on hold</source>
            <translation>certificate on hold</translation>
        </message>
        <message>
            <source>privilege withdrawn</source>
            <translation>privilege withdrawn</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <source>The signer's certificate could not be found, so the signer cannot be identified.</source>
            <translation>The signer's certificate could not be found, so the signer cannot be identified.</translation>
        </message>
        <message>
            <source>A signature timestamp is not valid: %1</source>
            <translation>A signature timestamp is not valid: %1</translation>
        </message>
        <message>
            <source>The timestamp authority %1 is not among the trusted anchors; its time is not used as proof.</source>
            <translation>The timestamp authority %1 is not among the trusted anchors; its time is not used as proof.</translation>
        </message>
        <message>
            <source>the SHA-1 digest algorithm</source>
            <translation>the SHA-1 digest algorithm</translation>
        </message>
        <message>
            <source>an RSA key of %1 bits</source>
            <translation>an RSA key of %1 bits</translation>
        </message>
        <message>
            <source>The signature uses %1, which is no longer considered secure.</source>
            <translation>The signature uses %1, which is no longer considered secure.</translation>
        </message>
        <message>
            <source>The signer's certificate cannot be traced to a trusted authority because no trust anchors are configured.</source>
            <translation>The signer's certificate cannot be traced to a trusted authority because no trust anchors are configured.</translation>
        </message>
        <message>
            <source>The signer's certificate does not lead to any of the configured trust anchors.</source>
            <translation>The signer's certificate does not lead to any of the configured trust anchors.</translation>
        </message>
        <message>
            <source>The signer's certificate chain is not valid (%1).</source>
            <translation>The signer's certificate chain is not valid (%1).</translation>
        </message>
        <message>
            <source>The signer's certificate is not allowed to make signatures (its key usage excludes it).</source>
            <translation>The signer's certificate is not allowed to make signatures (its key usage excludes it).</translation>
        </message>
        <message>
            <source>The signer's certificate is valid only from %1, after the signature was made.</source>
            <translation>The signer's certificate is valid only from %1, after the signature was made.</translation>
        </message>
        <message>
            <source>The certificate of the issuing authority %1 was not valid at %2.</source>
            <translation>The certificate of the issuing authority %1 was not valid at %2.</translation>
        </message>
        <message>
            <source>The signer's certificate was revoked on %1 (%2), after the signature's timestamp.</source>
            <translation>The signer's certificate was revoked on %1 (%2), after the signature's timestamp.</translation>
        </message>
        <message>
            <source>The signer's certificate was revoked on %1 (%2), before the signature's timestamp.</source>
            <translation>The signer's certificate was revoked on %1 (%2), before the signature's timestamp.</translation>
        </message>
        <message>
            <source>The signer's certificate was revoked on %1 (%2), and nothing proves the signature was made before that.</source>
            <translation>The signer's certificate was revoked on %1 (%2), and nothing proves the signature was made before that.</translation>
        </message>
        <message>
            <source>The certificate of the issuing authority %1 was revoked on %2 (%3).</source>
            <translation>The certificate of the issuing authority %1 was revoked on %2 (%3).</translation>
        </message>
        <message>
            <source>The signer's certificate expired on %1, before the signature's timestamp.</source>
            <translation>The signer's certificate expired on %1, before the signature's timestamp.</translation>
        </message>
        <message>
            <source>The signer's certificate expired on %1, and no timestamp proves the signature was made before that.</source>
            <translation>The signer's certificate expired on %1, and no timestamp proves the signature was made before that.</translation>
        </message>
        <message>
            <source>The revocation status of the signer's certificate is unknown to its responder.</source>
            <translation>The revocation status of the signer's certificate is unknown to its responder.</translation>
        </message>
        <message>
            <source>The revocation status of the signer's certificate could not be checked: no CRL or OCSP response is in the signature, and none could be fetched online from the addresses in the certificate. Try again later.</source>
            <translation>The revocation status of the signer's certificate could not be checked: no CRL or OCSP response is in the signature, and none could be fetched online from the addresses in the certificate. Try again later.</translation>
        </message>
        <message>
            <source>The revocation status of the signer's certificate could not be checked: no CRL or OCSP response is in the signature or was given, and online checking is not available.</source>
            <translation>The revocation status of the signer's certificate could not be checked: no CRL or OCSP response is in the signature or was given, and online checking is not available.</translation>
        </message>
        <message>
            <source>A timestamp proves the signature existed before %1 stopped being considered secure.</source>
            <translation>A timestamp proves the signature existed before %1 stopped being considered secure.</translation>
        </message>
        <message>
            <source>The signature is intact, was made by %1 with a trusted certificate, and is timestamped %2.</source>
            <translation>The signature is intact, was made by %1 with a trusted certificate, and is timestamped %2.</translation>
        </message>
        <message>
            <source>The signature is intact and was made by %1 with a trusted certificate that is valid now.</source>
            <translation>The signature is intact and was made by %1 with a trusted certificate that is valid now.</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Valid, with warnings</source>
            <translation>Valid, with warnings</translation>
        </message>
        <message>
            <source>Cannot be confirmed</source>
            <translation>Cannot be confirmed</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>The certificate of %1 names no OCSP responder and no CRL address.</source>
            <translation>The certificate of %1 names no OCSP responder and no CRL address.</translation>
        </message>
        <message>
            <source>The OCSP responder %1 (for %2)</source>
            <translation>The OCSP responder %1 (for %2)</translation>
        </message>
        <message>
            <source>The CRL at %1 (for %2)</source>
            <translation>The CRL at %1 (for %2)</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 seconds or sent too much.</source>
            <translation>%1 did not answer within %2 seconds or sent too much.</translation>
        </message>
        <message>
            <source>%1 could not be reached: %2.</source>
            <translation>%1 could not be reached: %2.</translation>
        </message>
        <message>
            <source>%1 answered with HTTP status %2.</source>
            <translation>%1 answered with HTTP status %2.</translation>
        </message>
        <message>
            <source>%1 sent no usable OCSP response.</source>
            <translation>%1 sent no usable OCSP response.</translation>
        </message>
        <message>
            <source>%1 sent a response that does not match the request (nonce).</source>
            <translation>%1 sent a response that does not match the request (nonce).</translation>
        </message>
        <message>
            <source>%1 is not a CRL.</source>
            <translation>%1 is not a CRL.</translation>
        </message>
        <message>
            <source>validation data (DSS) added or updated</source>
            <translation>validation data (DSS) added or updated</translation>
        </message>
        <message>
            <source>document timestamp added</source>
            <translation>document timestamp added</translation>
        </message>
        <message>
            <source>signature added</source>
            <translation>signature added</translation>
        </message>
        <message>
            <source>form definition updated for a signature</source>
            <translation>form definition updated for a signature</translation>
        </message>
        <message>
            <source>document name tree updated</source>
            <translation>document name tree updated</translation>
        </message>
        <message>
            <source>pages were added, removed or reordered</source>
            <translation>pages were added, removed or reordered</translation>
        </message>
        <message>
            <source>signature field added to a page</source>
            <translation>signature field added to a page</translation>
        </message>
        <message>
            <source>annotations added to a page</source>
            <translation>annotations added to a page</translation>
        </message>
        <message>
            <source>a signature field was filled in</source>
            <translation>a signature field was filled in</translation>
        </message>
        <message>
            <source>signature field added</source>
            <translation>signature field added</translation>
        </message>
        <message>
            <source>the appearance of a form field was replaced without changing its value</source>
            <translation>the appearance of a form field was replaced without changing its value</translation>
        </message>
        <message>
            <source>form fields were filled in</source>
            <translation>form fields were filled in</translation>
        </message>
        <message>
            <source>annotations were changed</source>
            <translation>annotations were changed</translation>
        </message>
        <message>
            <source>annotations were added</source>
            <translation>annotations were added</translation>
        </message>
        <message>
            <source>objects of the signed revision were changed</source>
            <translation>objects of the signed revision were changed</translation>
        </message>
        <message>
            <source>The signed revision cannot be read on its own.</source>
            <translation>The signed revision cannot be read on its own.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <source>The PDF has no readable document catalog.</source>
            <translation>The PDF has no readable document catalog.</translation>
        </message>
        <message>
            <source>The signature's byte range does not consist of two ranges, so what it covers is unclear.</source>
            <translation>The signature's byte range does not consist of two ranges, so what it covers is unclear.</translation>
        </message>
        <message>
            <source>The signature's byte range does not start at the beginning of the file.</source>
            <translation>The signature's byte range does not start at the beginning of the file.</translation>
        </message>
        <message>
            <source>The signature's byte range reaches beyond the end of the file.</source>
            <translation>The signature's byte range reaches beyond the end of the file.</translation>
        </message>
        <message>
            <source>The gap in the signature's byte range holds more than the signature value.</source>
            <translation>The gap in the signature's byte range holds more than the signature value.</translation>
        </message>
        <message>
            <source>The gap in the signature's byte range is not this signature's value.</source>
            <translation>The gap in the signature's byte range is not this signature's value.</translation>
        </message>
        <message>
            <source>The signature covers a block from the start of the file that does not end at a revision end.</source>
            <translation>The signature covers a block from the start of the file that does not end at a revision end.</translation>
        </message>
        <message>
            <source>The signature's byte range overlaps the revision covered by an earlier signature.</source>
            <translation>The signature's byte range overlaps the revision covered by an earlier signature.</translation>
        </message>
        <message>
            <source>The document was changed after the document timestamp: its imprint does not match.</source>
            <translation>The document was changed after the document timestamp: its imprint does not match.</translation>
        </message>
        <message>
            <source>The signature value in the PDF is not a readable CMS signature.</source>
            <translation>The signature value in the PDF is not a readable CMS signature.</translation>
        </message>
        <message>
            <source>The PDF file is damaged (its structure cannot be read), so its signatures cannot be verified.</source>
            <translation>The PDF file is damaged (its structure cannot be read), so its signatures cannot be verified.</translation>
        </message>
        <message>
            <source>revision %1 of %2 (bytes 0 to %3 of %4)</source>
            <translation>revision %1 of %2 (bytes 0 to %3 of %4)</translation>
        </message>
        <message>
            <source>bytes 0 to %1 of %2</source>
            <translation>bytes 0 to %1 of %2</translation>
        </message>
        <message>
            <source>The document was changed after this signature in ways a signature does not allow: %1.</source>
            <translation>The document was changed after this signature in ways a signature does not allow: %1.</translation>
        </message>
        <message>
            <source>The document was changed after it was certified in a way the certification does not permit.</source>
            <translation>The document was changed after it was certified in a way the certification does not permit.</translation>
        </message>
        <message>
            <source>Pages were added to or removed from the document after it was signed.</source>
            <translation>Pages were added to or removed from the document after it was signed.</translation>
        </message>
        <message>
            <source>Changes made after this signature could not be analysed: %1</source>
            <translation>Changes made after this signature could not be analysed: %1</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256 fingerprint</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Result (EN 319 102-1)</source>
            <translation>Result (EN 319 102-1)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Signer's certificate</source>
            <translation>Signer's certificate</translation>
        </message>
        <message>
            <source>Trust anchor</source>
            <translation>Trust anchor</translation>
        </message>
        <message>
            <source>Claimed signing time</source>
            <translation>Claimed signing time</translation>
        </message>
        <message>
            <source>%1 by %2%3</source>
            <translation>%1 by %2%3</translation>
        </message>
        <message>
            <source>an unknown authority</source>
            <translation>an unknown authority</translation>
        </message>
        <message>
            <source>Revocation</source>
            <translation>Revocation</translation>
        </message>
        <message>
            <source>Algorithms</source>
            <translation>Algorithms</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Covers</translation>
        </message>
        <message>
            <source>Modified after signing</source>
            <translation>Modified after signing</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Changes after signing</source>
            <translation>Changes after signing</translation>
        </message>
        <message>
            <source>Validation time</source>
            <translation>Validation time</translation>
        </message>
        <message>
            <source>Signature verification report</source>
            <translation>Signature verification report</translation>
        </message>
        <message>
            <source>Generated by</source>
            <translation>Generated by</translation>
        </message>
        <message>
            <source>Online checks</source>
            <translation>Online checks</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>allowed</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Trust anchors</source>
            <translation>Trust anchors</translation>
        </message>
        <message>
            <source>none configured</source>
            <translation>none configured</translation>
        </message>
        <message>
            <source>No signature was found in this file.</source>
            <translation>No signature was found in this file.</translation>
        </message>
        <message>
            <source>The timestamp is not a readable RFC 3161 token.</source>
            <translation>The timestamp is not a readable RFC 3161 token.</translation>
        </message>
        <message>
            <source>The timestamp token does not contain timestamp information (TSTInfo).</source>
            <translation>The timestamp token does not contain timestamp information (TSTInfo).</translation>
        </message>
        <message>
            <source>The timestamp information (TSTInfo) cannot be read.</source>
            <translation>The timestamp information (TSTInfo) cannot be read.</translation>
        </message>
        <message>
            <source>The timestamp does not cover this signature (its message imprint differs).</source>
            <translation>The timestamp does not cover this signature (its message imprint differs).</translation>
        </message>
        <message>
            <source>The timestamp authority's certificate is not in the timestamp.</source>
            <translation>The timestamp authority's certificate is not in the timestamp.</translation>
        </message>
        <message>
            <source>The timestamp's own signature is not valid.</source>
            <translation>The timestamp's own signature is not valid.</translation>
        </message>
        <message>
            <source>The timestamp was issued by a certificate that is not a timestamping certificate.</source>
            <translation>The timestamp was issued by a certificate that is not a timestamping certificate.</translation>
        </message>
        <message>
            <source>The timestamp was made outside the validity of the timestamp authority's certificate.</source>
            <translation>The timestamp was made outside the validity of the timestamp authority's certificate.</translation>
        </message>
        <message>
            <source>The trust anchor file could not be read.</source>
            <translation>The trust anchor file could not be read.</translation>
        </message>
        <message>
            <source>The trust anchor file contains no certificate.</source>
            <translation>The trust anchor file contains no certificate.</translation>
        </message>
        <message>
            <source>The trust anchor file or folder does not exist.</source>
            <translation>The trust anchor file or folder does not exist.</translation>
        </message>
        <message>
            <source>The trust anchor folder contains no certificate.</source>
            <translation>The trust anchor folder contains no certificate.</translation>
        </message>
        <message>
            <source>The file is too large to be verified.</source>
            <translation>The file is too large to be verified.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>The file is not a PDF, an XML document or a CMS signature.</source>
            <translation>The file is not a PDF, an XML document or a CMS signature.</translation>
        </message>
        <message>
            <source>The signed data was changed after signing: reference "%1" does not match its digest.</source>
            <translation>The signed data was changed after signing: reference "%1" does not match its digest.</translation>
        </message>
        <message>
            <source>The signed data could not be found: reference "%1" (%2).</source>
            <translation>The signed data could not be found: reference "%1" (%2).</translation>
        </message>
        <message>
            <source>The signature is malformed: reference "%1" is ambiguous (%2).</source>
            <translation>The signature is malformed: reference "%1" is ambiguous (%2).</translation>
        </message>
        <message>
            <source>The signature's reference "%1" cannot be processed (%2).</source>
            <translation>The signature's reference "%1" cannot be processed (%2).</translation>
        </message>
        <message>
            <source>The signature is malformed: SignedInfo or SignatureValue is missing.</source>
            <translation>The signature is malformed: SignedInfo or SignatureValue is missing.</translation>
        </message>
        <message>
            <source>The signature uses an unsupported canonicalization method.</source>
            <translation>The signature uses an unsupported canonicalization method.</translation>
        </message>
        <message>
            <source>The signature uses an unsupported signature method (%1).</source>
            <translation>The signature uses an unsupported signature method (%1).</translation>
        </message>
        <message>
            <source>The signature value is not valid Base64.</source>
            <translation>The signature value is not valid Base64.</translation>
        </message>
        <message>
            <source>A certificate in the signature's KeyInfo cannot be read.</source>
            <translation>A certificate in the signature's KeyInfo cannot be read.</translation>
        </message>
        <message>
            <source>The signed properties the signature refers to are not its own (a signature wrapping attack).</source>
            <translation>The signed properties the signature refers to are not its own (a signature wrapping attack).</translation>
        </message>
        <message>
            <source>The signed manifest is not where the signature keeps its objects (a signature wrapping attack).</source>
            <translation>The signed manifest is not where the signature keeps its objects (a signature wrapping attack).</translation>
        </message>
        <message>
            <source>The manifest entry "%1" was not checked: its data is not available.</source>
            <translation>The manifest entry "%1" was not checked: its data is not available.</translation>
        </message>
        <message>
            <source>The counter-signature does not sign the signature value it claims to counter-sign.</source>
            <translation>The counter-signature does not sign the signature value it claims to counter-sign.</translation>
        </message>
        <message>
            <source>The signature does not cover its own signed properties, so it is not a valid XAdES signature.</source>
            <translation>The signature does not cover its own signed properties, so it is not a valid XAdES signature.</translation>
        </message>
        <message>
            <source>The signature does not sign any data.</source>
            <translation>The signature does not sign any data.</translation>
        </message>
        <message numerus="yes">
            <source>%n reference(s) in the XML signature</source>
            <translation>
                <numerusform>%n reference in the XML signature</numerusform>
                <numerusform>%n references in the XML signature</numerusform>
            </translation>
        </message>
        <message>
            <source>The signer's certificate could not be identified: no certificate matches the signing certificate digest in the signed properties.</source>
            <translation>The signer's certificate could not be identified: no certificate matches the signing certificate digest in the signed properties.</translation>
        </message>
        <message>
            <source>The signature carries no certificate, so its signer cannot be identified.</source>
            <translation>The signature carries no certificate, so its signer cannot be identified.</translation>
        </message>
        <message>
            <source>The signed properties do not name the signing certificate.</source>
            <translation>The signed properties do not name the signing certificate.</translation>
        </message>
        <message>
            <source>The signature value does not match the signed information and the signer's key.</source>
            <translation>The signature value does not match the signed information and the signer's key.</translation>
        </message>
        <message>
            <source>A signature timestamp cannot be read.</source>
            <translation>A signature timestamp cannot be read.</translation>
        </message>
        <message>
            <source>An archive timestamp cannot be read.</source>
            <translation>An archive timestamp cannot be read.</translation>
        </message>
        <message>
            <source>An archive timestamp is not valid: %1</source>
            <translation>An archive timestamp is not valid: %1</translation>
        </message>
        <message>
            <source>The signing certificate is missing.</source>
            <translation>The signing certificate is missing.</translation>
        </message>
        <message>
            <source>The signing certificate could not be read.</source>
            <translation>The signing certificate could not be read.</translation>
        </message>
        <message>
            <source>The XML document is too large to be signed enveloped; sign it detached instead.</source>
            <translation>The XML document is too large to be signed enveloped; sign it detached instead.</translation>
        </message>
        <message>
            <source>The signature's digest algorithm is too weak.</source>
            <translation>The signature's digest algorithm is too weak.</translation>
        </message>
        <message>
            <source>The document is not well-formed XML, so it cannot be signed enveloped.</source>
            <translation>The document is not well-formed XML, so it cannot be signed enveloped.</translation>
        </message>
        <message>
            <source>The XML document has no root element.</source>
            <translation>The XML document has no root element.</translation>
        </message>
        <message>
            <source>The signature could not be built.</source>
            <translation>The signature could not be built.</translation>
        </message>
        <message>
            <source>The document already uses an Id that the signature needs.</source>
            <translation>The document already uses an Id that the signature needs.</translation>
        </message>
        <message>
            <source>The signature was not prepared.</source>
            <translation>The signature was not prepared.</translation>
        </message>
        <message>
            <source>The signature service returned no usable signature value.</source>
            <translation>The signature service returned no usable signature value.</translation>
        </message>
        <message>
            <source>The signature service returned a malformed signature value.</source>
            <translation>The signature service returned a malformed signature value.</translation>
        </message>
        <message>
            <source>The XML could not be canonicalized.</source>
            <translation>The XML could not be canonicalized.</translation>
        </message>
        <message>
            <source>The XML document is too large to be verified safely.</source>
            <translation>The XML document is too large to be verified safely.</translation>
        </message>
        <message>
            <source>The XML parser could not be started.</source>
            <translation>The XML parser could not be started.</translation>
        </message>
        <message>
            <source>The XML document declares entities in a DOCTYPE; such documents are refused because they can hide content or exhaust memory.</source>
            <translation>The XML document declares entities in a DOCTYPE; such documents are refused because they can hide content or exhaust memory.</translation>
        </message>
        <message>
            <source>The XML document refers to an external DTD; such documents are refused because they could make the verifier load outside content.</source>
            <translation>The XML document refers to an external DTD; such documents are refused because they could make the verifier load outside content.</translation>
        </message>
        <message>
            <source>The file is not well-formed XML.</source>
            <translation>The file is not well-formed XML.</translation>
        </message>
        <message>
            <source>The XML document is nested too deeply to be verified.</source>
            <translation>The XML document is nested too deeply to be verified.</translation>
        </message>
        <message>
            <source>Valid</source>
            <comment>certificate validity period</comment>
            <translation>Valid</translation>
        </message>
        <message>
            <source>The file could not be read as a PDF. It may be damaged or not a PDF at all.</source>
            <translation>The file could not be read as a PDF. It may be damaged or not a PDF at all.</translation>
        </message>
        <message>
            <source>This PDF is protected by a password, so it cannot be shown. Save a copy without the password in your PDF reader and add that copy instead.</source>
            <translation>This PDF is protected by a password, so it cannot be shown. Save a copy without the password in your PDF reader and add that copy instead.</translation>
        </message>
        <message>
            <source>This PDF has no pages that can be shown. It may be damaged.</source>
            <translation>This PDF has no pages that can be shown. It may be damaged.</translation>
        </message>
        <message>
            <source>The file could not be opened. It may have been moved or deleted.</source>
            <translation>The file could not be opened. It may have been moved or deleted.</translation>
        </message>
        <message>
            <source>This page does not exist in the document.</source>
            <translation>This page does not exist in the document.</translation>
        </message>
        <message>
            <source>This page could not be shown. It may be damaged.</source>
            <translation>This page could not be shown. It may be damaged.</translation>
        </message>
        <message>
            <source>This XML document declares entities or refers to an external DTD, so it is not shown: such documents can hide content or load data from elsewhere.</source>
            <translation>This XML document declares entities or refers to an external DTD, so it is not shown: such documents can hide content or load data from elsewhere.</translation>
        </message>
        <message>
            <source>This XML document is too large or too deeply nested to be shown.</source>
            <translation>This XML document is too large or too deeply nested to be shown.</translation>
        </message>
        <message>
            <source>This file is not well-formed XML, so it cannot be shown as XML.</source>
            <translation>This file is not well-formed XML, so it cannot be shown as XML.</translation>
        </message>
        <message>
            <source>This XML document is too large to be shown (%1; up to %2 can be shown).</source>
            <translation>This XML document is too large to be shown (%1; up to %2 can be shown).</translation>
        </message>
        <message>
            <source>form fields were added or removed</source>
            <translation>form fields were added or removed</translation>
        </message>
        <message>
            <source>signature object %1 (not reached from the form fields)</source>
            <translation>signature object %1 (not reached from the form fields)</translation>
        </message>
        <message>
            <source>The report could not be saved to %1. Choose another folder and try again.</source>
            <translation>The report could not be saved to %1. Choose another folder and try again.</translation>
        </message>
        <message>
            <source>The signer's certificate does not lead to any certificate authority of the operating system's trust store, and no trust anchors are configured.</source>
            <translation>The signer's certificate does not lead to any certificate authority of the operating system's trust store, and no trust anchors are configured.</translation>
        </message>
        <message>
            <source>The signer is trusted only through the operating system's web certificate authorities, which are meant for web sites, not for document signatures.</source>
            <translation>The signer is trusted only through the operating system's web certificate authorities, which are meant for web sites, not for document signatures.</translation>
        </message>
        <message numerus="yes">
            <source>only the operating system's trust store (%n certificate(s))</source>
            <translation>
                <numerusform>only the operating system's trust store (%n certificate)</numerusform>
                <numerusform>only the operating system's trust store (%n certificates)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and the operating system's trust store (%n certificate(s))</source>
            <translation>
                <numerusform>and the operating system's trust store (%n certificate)</numerusform>
                <numerusform>and the operating system's trust store (%n certificates)</numerusform>
            </translation>
        </message>
        <message>
            <source>The operating system's trust store could not be read or contains no certificate.</source>
            <translation>The operating system's trust store could not be read or contains no certificate.</translation>
        </message>
        <message>
            <source>The certificate-values attribute of the signature is malformed; the certificates in it were not used.</source>
            <translation>The certificate-values attribute of the signature is malformed; the certificates in it were not used.</translation>
        </message>
        <message>
            <source>The revocation-values attribute of the signature is malformed; the CRLs and OCSP responses in it were not used.</source>
            <translation>The revocation-values attribute of the signature is malformed; the CRLs and OCSP responses in it were not used.</translation>
        </message>
        <message>
            <source>The signature has an archive time-stamp (archive-time-stamp-v3), which was not checked; the signature's level is therefore given as B-LT at most.</source>
            <translation>The signature has an archive time-stamp (archive-time-stamp-v3), which was not checked; the signature's level is therefore given as B-LT at most.</translation>
        </message>
        <message>
            <source>yes: the signed content no longer matches the signature</source>
            <translation>yes: the signed content no longer matches the signature</translation>
        </message>
        <message>
            <source>yes: changes were added after signing</source>
            <translation>yes: changes were added after signing</translation>
        </message>
        <message>
            <source>could not be checked</source>
            <translation>could not be checked</translation>
        </message>
        <message>
            <source>PDF document time-stamp</source>
            <translation>PDF document time-stamp</translation>
        </message>
        <message>
            <source>not revoked</source>
            <translation>not revoked</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revoked</translation>
        </message>
        <message>
            <source>unknown to the responder</source>
            <translation>unknown to the responder</translation>
        </message>
        <message>
            <source>OCSP</source>
            <translation>OCSP</translation>
        </message>
        <message>
            <source>CRL</source>
            <translation>CRL</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>the whole document</source>
            <translation>the whole document</translation>
        </message>
        <message>
            <source>Signature time-stamp</source>
            <translation>Signature time-stamp</translation>
        </message>
        <message>
            <source>Document time-stamp</source>
            <translation>Document time-stamp</translation>
        </message>
        <message>
            <source>Archive time-stamp</source>
            <translation>Archive time-stamp</translation>
        </message>
        <message>
            <source>This file needs more work than a signature check should: it may be built to exhaust the verifier.</source>
            <translation>This file needs more work than a signature check should: it may be built to exhaust the verifier.</translation>
        </message>
        <message>
            <source>This is not a regular file (it is a device, a pipe or a socket), so it is not read.</source>
            <translation>This is not a regular file (it is a device, a pipe or a socket), so it is not read.</translation>
        </message>
        <message>
            <source>The signed document could not be read back after preparing it, so it was not signed. The original file is unchanged.</source>
            <translation>The signed document could not be read back after preparing it, so it was not signed. The original file is unchanged.</translation>
        </message>
        <message>
            <source>No signature service (CSC API) answered at %1. Check the service address.</source>
            <translation>No signature service (CSC API) answered at %1. Check the service address.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>one-time password</source>
            <translation>one-time password</translation>
        </message>
        <message>
            <source>The signature service did not accept %1; the detail says why. Contact the provider if it persists.</source>
            <translation>The signature service did not accept %1; the detail says why. Contact the provider if it persists.</translation>
        </message>
        <message>
            <source>The signature service refused the request. Contact the provider.</source>
            <translation>The signature service refused the request. Contact the provider.</translation>
        </message>
        <message>
            <source>The signature service refused %1. The login worked, but this account or signing key may not be allowed to do this; contact the provider.</source>
            <translation>The signature service refused %1. The login worked, but this account or signing key may not be allowed to do this; contact the provider.</translation>
        </message>
        <message>
            <source>The signature service does not offer this function.</source>
            <translation>The signature service does not offer this function.</translation>
        </message>
        <message>
            <source>The signature service does not offer %1.</source>
            <translation>The signature service does not offer %1.</translation>
        </message>
        <message>
            <source>A PIN or one-time password is needed and was not given.</source>
            <translation>A PIN or one-time password is needed and was not given.</translation>
        </message>
        <message>
            <source>The %1 is needed for this signing key and was not given, so nothing was sent.</source>
            <translation>The %1 is needed for this signing key and was not given, so nothing was sent.</translation>
        </message>
        <message>
            <source>The provider profile %1 cannot be used: %2</source>
            <translation>The provider profile %1 cannot be used: %2</translation>
        </message>
        <message>
            <source>one-time password (authenticator app)</source>
            <translation>one-time password (authenticator app)</translation>
        </message>
        <message>
            <source>one-time password (sent by the service)</source>
            <translation>one-time password (sent by the service)</translation>
        </message>
        <message>
            <source>login page in the browser</source>
            <translation>login page in the browser</translation>
        </message>
        <message>
            <source>API versions</source>
            <translation>API versions</translation>
        </message>
        <message>
            <source>No CSC API answered at this address: check the URL.</source>
            <translation>No CSC API answered at this address: check the URL.</translation>
        </message>
        <message>
            <source>Answering: %1.</source>
            <translation>Answering: %1.</translation>
        </message>
        <message>
            <source>Connection and TLS</source>
            <translation>Connection and TLS</translation>
        </message>
        <message numerus="yes">
            <source>Certificate of %1 from %2 verified, host name matches, valid for %n more day(s). Key pin (--pin-sha256): %3.</source>
            <translation>
                <numerusform>Certificate of %1 from %2 verified, host name matches, valid for %n more day. Key pin (--pin-sha256): %3.</numerusform>
                <numerusform>Certificate of %1 from %2 verified, host name matches, valid for %n more days. Key pin (--pin-sha256): %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Clock</translation>
        </message>
        <message numerus="yes">
            <source>The service's clock differs from this computer's by %n second(s).</source>
            <translation>
                <numerusform>The service's clock differs from this computer's by %n second.</numerusform>
                <numerusform>The service's clock differs from this computer's by %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>One-time passwords from an authenticator app may be refused; set this computer's clock.</source>
            <translation>One-time passwords from an authenticator app may be refused; set this computer's clock.</translation>
        </message>
        <message>
            <source>Service information</source>
            <translation>Service information</translation>
        </message>
        <message>
            <source>%1, CSC %2 at %3; login: %4.</source>
            <translation>%1, CSC %2 at %3; login: %4.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>info.methods does not list %1.</source>
            <translation>info.methods does not list %1.</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>No user name given: login and credentials not checked.</source>
            <translation>No user name given: login and credentials not checked.</translation>
        </message>
        <message numerus="yes">
            <source>Logged in as %1 (HTTP Basic); the session lasts %n second(s).</source>
            <translation>
                <numerusform>Logged in as %1 (HTTP Basic); the session lasts %n second.</numerusform>
                <numerusform>Logged in as %1 (HTTP Basic); the session lasts %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Credentials</translation>
        </message>
        <message>
            <source>This account has no signing credential.</source>
            <translation>This account has no signing credential.</translation>
        </message>
        <message>
            <source>Credential %1</source>
            <translation>Credential %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 for %2: %3 authorization with %4; up to %n document(s) per authorization; SCAL%5, key-authorization level %6 (JT2A).</source>
            <translation>
                <numerusform>%1 for %2: %3 authorization with %4; up to %n document per authorization; SCAL%5, key-authorization level %6 (JT2A).</numerusform>
                <numerusform>%1 for %2: %3 authorization with %4; up to %n documents per authorization; SCAL%5, key-authorization level %6 (JT2A).</numerusform>
            </translation>
        </message>
        <message>
            <source>Optional: %1.</source>
            <translation>Optional: %1.</translation>
        </message>
        <message>
            <source>Cannot sign: %1.</source>
            <translation>Cannot sign: %1.</translation>
        </message>
        <message>
            <source>The certificate expires on %1.</source>
            <translation>The certificate expires on %1.</translation>
        </message>
        <message>
            <source>Below key-authorization level 2 of the JT2A guideline.</source>
            <translation>Below key-authorization level 2 of the JT2A guideline.</translation>
        </message>
        <message>
            <source>Time-stamps</source>
            <translation>Time-stamps</translation>
        </message>
        <message>
            <source>The service offers no time-stamps (signatures/timestamp): B-T needs a separate TSA URL.</source>
            <translation>The service offers no time-stamps (signatures/timestamp): B-T needs a separate TSA URL.</translation>
        </message>
        <message numerus="yes">
            <source>signatures/timestamp answered with a token of %n byte(s).</source>
            <translation>
                <numerusform>signatures/timestamp answered with a token of %n byte.</numerusform>
                <numerusform>signatures/timestamp answered with a token of %n bytes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The signer's certificates name no OCSP or CRL address.</source>
            <translation>The signer's certificates name no OCSP or CRL address.</translation>
        </message>
        <message>
            <source>Revocation (%1)</source>
            <translation>Revocation (%1)</translation>
        </message>
        <message>
            <source>%1 cannot be reached (%2); verifiers will not be able to check revocation.</source>
            <translation>%1 cannot be reached (%2); verifiers will not be able to check revocation.</translation>
        </message>
        <message>
            <source>%1 answers (HTTP %2).</source>
            <translation>%1 answers (HTTP %2).</translation>
        </message>
        <message>
            <source>%1 answers HTTP %2.</source>
            <translation>%1 answers HTTP %2.</translation>
        </message>
        <message>
            <source>Suggested by the connection self-test for %1.</source>
            <translation>Suggested by the connection self-test for %1.</translation>
        </message>
        <message>
            <source>Logout</source>
            <translation>Logout</translation>
        </message>
        <message>
            <source>Session ended (auth/revoke when offered).</source>
            <translation>Session ended (auth/revoke when offered).</translation>
        </message>
        <message>
            <source>The service did not accept the end of the session: %1</source>
            <translation>The service did not accept the end of the session: %1</translation>
        </message>
        <message>
            <source>Time-stamp authority</source>
            <translation>Time-stamp authority</translation>
        </message>
        <message>
            <source>The signed attributes are not in DER order; the signature value was checked over them as received.</source>
            <translation>The signed attributes are not in DER order; the signature value was checked over them as received.</translation>
        </message>
        <message>
            <source>The signature uses an algorithm combination the standards forbid (%1).</source>
            <translation>The signature uses an algorithm combination the standards forbid (%1).</translation>
        </message>
        <message>
            <source>the interactive form was changed (%1)</source>
            <translation>the interactive form was changed (%1)</translation>
        </message>
        <message>
            <source>the document catalog was changed (%1)</source>
            <translation>the document catalog was changed (%1)</translation>
        </message>
        <message>
            <source>a form field was added (object %1)</source>
            <translation>a form field was added (object %1)</translation>
        </message>
        <message>
            <source>a signed signature field now points at another signature dictionary (object %1)</source>
            <translation>a signed signature field now points at another signature dictionary (object %1)</translation>
        </message>
        <message>
            <source>the definition of a signature field was changed (%1)</source>
            <translation>the definition of a signature field was changed (%1)</translation>
        </message>
        <message>
            <source>the definition of a form field was changed (%1)</source>
            <translation>the definition of a form field was changed (%1)</translation>
        </message>
        <message>
            <source>a form field locked by a signature (FieldMDP) was changed: %1</source>
            <translation>a form field locked by a signature (FieldMDP) was changed: %1</translation>
        </message>
        <message>
            <source>a page was added or removed (page %1)</source>
            <translation>a page was added or removed (page %1)</translation>
        </message>
        <message>
            <source>page resources extended for a signature appearance</source>
            <translation>page resources extended for a signature appearance</translation>
        </message>
        <message>
            <source>the content of page %1 was changed (/%2)</source>
            <translation>the content of page %1 was changed (/%2)</translation>
        </message>
        <message>
            <source>the document catalog was removed</source>
            <translation>the document catalog was removed</translation>
        </message>
        <message>
            <source>the document's tag structure was updated</source>
            <translation>the document's tag structure was updated</translation>
        </message>
        <message>
            <source>the interactive form was removed</source>
            <translation>the interactive form was removed</translation>
        </message>
        <message>
            <source>form resources updated</source>
            <translation>form resources updated</translation>
        </message>
        <message>
            <source>a form field was removed (object %1)</source>
            <translation>a form field was removed (object %1)</translation>
        </message>
        <message>
            <source>an existing signature dictionary was changed (object %1: %2)</source>
            <translation>an existing signature dictionary was changed (object %1: %2)</translation>
        </message>
        <message>
            <source>an appearance stream was replaced while its field stayed unchanged (object %1)</source>
            <translation>an appearance stream was replaced while its field stayed unchanged (object %1)</translation>
        </message>
        <message>
            <source>the page tree was changed (%1)</source>
            <translation>the page tree was changed (%1)</translation>
        </message>
        <message>
            <source>the content of page %1 was changed (object %2)</source>
            <translation>the content of page %1 was changed (object %2)</translation>
        </message>
        <message>
            <source>resources shared by pages were changed (object %1)</source>
            <translation>resources shared by pages were changed (object %1)</translation>
        </message>
        <message>
            <source>a document-level object was changed (object %1)</source>
            <translation>a document-level object was changed (object %1)</translation>
        </message>
        <message>
            <source>an appearance stream that is also used elsewhere in the document was changed (object %1)</source>
            <translation>an appearance stream that is also used elsewhere in the document was changed (object %1)</translation>
        </message>
        <message>
            <source>the document is too large to be analysed completely</source>
            <translation>the document is too large to be analysed completely</translation>
        </message>
        <message>
            <source>The signature claims to be detached (%1) but carries signed content of its own, so it does not sign this document's bytes.</source>
            <translation>The signature claims to be detached (%1) but carries signed content of its own, so it does not sign this document's bytes.</translation>
        </message>
        <message>
            <source>The field %1 holds a time-stamp token in a dictionary of type /Sig; it is neither a signature nor a document timestamp (that needs /Type /DocTimeStamp) and was not used.</source>
            <translation>The field %1 holds a time-stamp token in a dictionary of type /Sig; it is neither a signature nor a document timestamp (that needs /Type /DocTimeStamp) and was not used.</translation>
        </message>
        <message>
            <source>The document looks different from what was signed on page(s) %1: the page content of the signed revision and of the final document differ.</source>
            <translation>The document looks different from what was signed on page(s) %1: the page content of the signed revision and of the final document differ.</translation>
        </message>
        <message>
            <source>Annotations added after this signature cover signed page content on page(s) %1.</source>
            <translation>Annotations added after this signature cover signed page content on page(s) %1.</translation>
        </message>
        <message>
            <source>The signature field now shows a signature dictionary that was not signed: a later revision replaced it.</source>
            <translation>The signature field now shows a signature dictionary that was not signed: a later revision replaced it.</translation>
        </message>
        <message>
            <source>The signature dictionary was changed after signing (%1): what is shown is not what was signed.</source>
            <translation>The signature dictionary was changed after signing (%1): what is shown is not what was signed.</translation>
        </message>
        <message>
            <source>Annotations overlap each other on page(s) %1, so one may hide another or the content under it.</source>
            <translation>Annotations overlap each other on page(s) %1, so one may hide another or the content under it.</translation>
        </message>
        <message>
            <source>The signature carries an unsigned object shaped like the signed one (a signature wrapping attack): what a viewer shows may not be what was signed.</source>
            <translation>The signature carries an unsigned object shaped like the signed one (a signature wrapping attack): what a viewer shows may not be what was signed.</translation>
        </message>
        <message>
            <source>The signature signs only data inside itself, not the document it is in: what a viewer shows as the document is not signed.</source>
            <translation>The signature signs only data inside itself, not the document it is in: what a viewer shows as the document is not signed.</translation>
        </message>
        <message>
            <source>partial: only the signature's own objects, not the document</source>
            <translation>partial: only the signature's own objects, not the document</translation>
        </message>
        <message>
            <source>A reference says it signs an object of the signature but points at an element elsewhere in the document (a signature wrapping attack).</source>
            <translation>A reference says it signs an object of the signature but points at an element elsewhere in the document (a signature wrapping attack).</translation>
        </message>
        <message>
            <source>The sealing key file cannot be read.</source>
            <translation>The sealing key file cannot be read.</translation>
        </message>
        <message>
            <source>The sealing key file is not a PKCS#12 file or its password is wrong.</source>
            <translation>The sealing key file is not a PKCS#12 file or its password is wrong.</translation>
        </message>
        <message>
            <source>The report could not be sealed.</source>
            <translation>The report could not be sealed.</translation>
        </message>
        <message>
            <source>There is nothing to open.</source>
            <translation>There is nothing to open.</translation>
        </message>
        <message>
            <source>%1 is no longer there: it was moved or deleted.</source>
            <translation>%1 is no longer there: it was moved or deleted.</translation>
        </message>
        <message>
            <source>No application on this computer opened %1. Open it from its folder: %2</source>
            <translation>No application on this computer opened %1. Open it from its folder: %2</translation>
        </message>
        <message numerus="yes">
            <source>The one-time password has expired. Wait until your authenticator shows the next code (or ask for a new one), then enter that one. %n attempt(s) left before the signing key is locked.</source>
            <translation>
                <numerusform>The one-time password has expired. Wait until your authenticator shows the next code (or ask for a new one), then enter that one. %n attempt left before the signing key is locked.</numerusform>
                <numerusform>The one-time password has expired. Wait until your authenticator shows the next code (or ask for a new one), then enter that one. %n attempts left before the signing key is locked.</numerusform>
            </translation>
        </message>
        <message>
            <source>The one-time password has expired. Wait until your authenticator shows the next code (or ask for a new one), then enter that one.</source>
            <translation>The one-time password has expired. Wait until your authenticator shows the next code (or ask for a new one), then enter that one.</translation>
        </message>
        <message>
            <source>%1 cannot be reached: %2</source>
            <translation>%1 cannot be reached: %2</translation>
        </message>
        <message>
            <source>Add at least one document to sign.</source>
            <translation>Add at least one document to sign.</translation>
        </message>
        <message>
            <source>This program cannot sign in the format "%1".</source>
            <translation>This program cannot sign in the format "%1".</translation>
        </message>
        <message>
            <source>This program cannot make signatures at level %1.</source>
            <translation>This program cannot make signatures at level %1.</translation>
        </message>
        <message>
            <source>Give one output name per document, or none.</source>
            <translation>Give one output name per document, or none.</translation>
        </message>
        <message>
            <source>No signature format of this program can sign this kind of file.</source>
            <translation>No signature format of this program can sign this kind of file.</translation>
        </message>
        <message>
            <source>%1 signatures cannot be %2.</source>
            <translation>%1 signatures cannot be %2.</translation>
        </message>
        <message>
            <source>Only PDF documents can be signed as PAdES. Choose XAdES for this file.</source>
            <translation>Only PDF documents can be signed as PAdES. Choose XAdES for this file.</translation>
        </message>
        <message>
            <source>A PAdES signature is always inside the PDF; choose another format for a separate signature file.</source>
            <translation>A PAdES signature is always inside the PDF; choose another format for a separate signature file.</translation>
        </message>
        <message>
            <source>%1 signatures cannot be made at level %2 by this program. Choose another level.</source>
            <translation>%1 signatures cannot be made at level %2 by this program. Choose another level.</translation>
        </message>
        <message>
            <source>The time-stamp service did not answer in time. Try again later.</source>
            <translation>The time-stamp service did not answer in time. Try again later.</translation>
        </message>
        <message>
            <source>Only an XML document can hold its own signature (enveloped). Choose detached or enveloping for this file.</source>
            <translation>Only an XML document can hold its own signature (enveloped). Choose detached or enveloping for this file.</translation>
        </message>
        <message>
            <source>The trusted certificates could not be loaded.</source>
            <translation>The trusted certificates could not be loaded.</translation>
        </message>
        <message>
            <source>Choose a signature service in Settings first.</source>
            <translation>Choose a signature service in Settings first.</translation>
        </message>
        <message>
            <source>No signature was found in the output.</source>
            <translation>No signature was found in the output.</translation>
        </message>
        <message>
            <source>Your administrator has fixed the setting "%1"; it cannot be changed here.</source>
            <translation>Your administrator has fixed the setting "%1"; it cannot be changed here.</translation>
        </message>
        <message>
            <source>Your administrator allows only the signature services in the policy; this one is not among them.</source>
            <translation>Your administrator allows only the signature services in the policy; this one is not among them.</translation>
        </message>
        <message>
            <source>The signature level must be one of B-B, B-T, B-LT or B-LTA.</source>
            <translation>The signature level must be one of B-B, B-T, B-LT or B-LTA.</translation>
        </message>
        <message>
            <source>A signature with a time-stamp needs the trusted certificates that its time-stamp is checked against. Choose the trust anchors in Settings (sic-cli: --tsa-trust).</source>
            <translation>A signature with a time-stamp needs the trusted certificates that its time-stamp is checked against. Choose the trust anchors in Settings (sic-cli: --tsa-trust).</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::CredentialsViewModel</name>
        <message>
            <source>Ready to sign</source>
            <translation>Ready to sign</translation>
        </message>
        <message>
            <source>Expired: the certificate is no longer valid</source>
            <translation>Expired: the certificate is no longer valid</translation>
        </message>
        <message>
            <source>Not yet valid: the certificate's validity has not started</source>
            <translation>Not yet valid: the certificate's validity has not started</translation>
        </message>
        <message>
            <source>Revoked: the certificate was revoked by its issuer</source>
            <translation>Revoked: the certificate was revoked by its issuer</translation>
        </message>
        <message>
            <source>Suspended: the certificate is on hold</source>
            <translation>Suspended: the certificate is on hold</translation>
        </message>
        <message>
            <source>Disabled: the signature service has disabled this key</source>
            <translation>Disabled: the signature service has disabled this key</translation>
        </message>
        <message>
            <source>Unusable: the service sent no certificate for this key</source>
            <translation>Unusable: the service sent no certificate for this key</translation>
        </message>
        <message>
            <source>Unusable: the service did not confirm that the certificate is valid</source>
            <translation>Unusable: the service did not confirm that the certificate is valid</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>one-time password (authenticator app)</source>
            <translation>one-time password (authenticator app)</translation>
        </message>
        <message>
            <source>one-time password (sent to you)</source>
            <translation>one-time password (sent to you)</translation>
        </message>
        <message>
            <source>sign-in in the browser</source>
            <translation>sign-in in the browser</translation>
        </message>
        <message>
            <source>Level %1: multi-factor authorization, separate from the sign-in</source>
            <translation>Level %1: multi-factor authorization, separate from the sign-in</translation>
        </message>
        <message>
            <source>Level %1: single-factor authorization</source>
            <translation>Level %1: single-factor authorization</translation>
        </message>
        <message>
            <source>This key cannot sign. %1.</source>
            <translation>This key cannot sign. %1.</translation>
        </message>
        <message>
            <source>This key is not in the list of the signature service. Sign in again.</source>
            <translation>This key is not in the list of the signature service. Sign in again.</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>%1 (serial …%2)</source>
            <translation>%1 (serial …%2)</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::DocumentsViewModel</name>
        <message>
            <source>“%1” does not exist.</source>
            <translation>“%1” does not exist.</translation>
        </message>
        <message>
            <source>“%1” is a folder; add the files inside it instead.</source>
            <translation>“%1” is a folder; add the files inside it instead.</translation>
        </message>
        <message>
            <source>“%1” is already in the list.</source>
            <translation>“%1” is already in the list.</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::HistoryViewModel</name>
        <message>
            <source>The history is intact: no entry was changed or removed.</source>
            <translation>The history is intact: no entry was changed or removed.</translation>
        </message>
        <message>
            <source>The history was changed outside the app, starting at entry %1.</source>
            <translation>The history was changed outside the app, starting at entry %1.</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::LoginViewModel</name>
        <message>
            <source>Signing in to %1…</source>
            <translation>Signing in to %1…</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Not signed in.</translation>
        </message>
        <message>
            <source>Signed in to %1 as %2.</source>
            <translation>Signed in to %1 as %2.</translation>
        </message>
        <message>
            <source>Signed in to %1 as %2 until %3.</source>
            <translation>Signed in to %1 as %2 until %3.</translation>
        </message>
        <message numerus="yes">
            <source>The session ends after %n minute(s) without activity.</source>
            <translation>
                <numerusform>The session ends after %n minute without activity.</numerusform>
                <numerusform>The session ends after %n minutes without activity.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sic::ui::OptionsViewModel</name>
        <message>
            <source>By file type (PDF as PAdES, others as XAdES)</source>
            <translation>By file type (PDF as PAdES, others as XAdES)</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::PreviewViewModel</name>
        <message>
            <source>The file could not be opened. It may have been moved or deleted.</source>
            <translation>The file could not be opened. It may have been moved or deleted.</translation>
        </message>
        <message>
            <source>Document %1 of %2</source>
            <translation>Document %1 of %2</translation>
        </message>
        <message>
            <source>%1 (%2 bytes)</source>
            <translation>%1 (%2 bytes)</translation>
        </message>
        <message>
            <source>The file is encoded in %1; it is shown converted to Unicode.</source>
            <translation>The file is encoded in %1; it is shown converted to Unicode.</translation>
        </message>
        <message>
            <source>Only the first %1 of %2 characters are shown. Open the file in an XML editor to read the rest.</source>
            <translation>Only the first %1 of %2 characters are shown. Open the file in an XML editor to read the rest.</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Checked: this is the document you intend to sign (SHA-256 %1).</source>
            <translation>Checked: this is the document you intend to sign (SHA-256 %1).</translation>
        </message>
        <message>
            <source>This document could not be shown, so it cannot be confirmed. Remove it from the list or replace it with a readable copy.</source>
            <translation>This document could not be shown, so it cannot be confirmed. Remove it from the list or replace it with a readable copy.</translation>
        </message>
        <message>
            <source>Wait until the document has been read and its hash computed.</source>
            <translation>Wait until the document has been read and its hash computed.</translation>
        </message>
        <message>
            <source>Check the whole document. Confirm it only if it is exactly what you intend to sign.</source>
            <translation>Check the whole document. Confirm it only if it is exactly what you intend to sign.</translation>
        </message>
        <message>
            <source>Its details are shown instead. Confirm it only if its name, size and SHA-256 are those of the document you intend to sign.</source>
            <translation>Its details are shown instead. Confirm it only if its name, size and SHA-256 are those of the document you intend to sign.</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::ProgressViewModel</name>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Computing the hash</source>
            <translation>Computing the hash</translation>
        </message>
        <message>
            <source>Waiting for your authorization</source>
            <translation>Waiting for your authorization</translation>
        </message>
        <message>
            <source>Being signed by the service</source>
            <translation>Being signed by the service</translation>
        </message>
        <message>
            <source>Embedding the signature</source>
            <translation>Embedding the signature</translation>
        </message>
        <message>
            <source>Verifying the signed document</source>
            <translation>Verifying the signed document</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::ResultViewModel</name>
        <message numerus="yes">
            <source>Signing completed: %n document(s) signed.</source>
            <translation>
                <numerusform>Signing completed: %n document signed.</numerusform>
                <numerusform>Signing completed: %n documents signed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signing failed: no document was signed.</source>
            <translation>Signing failed: no document was signed.</translation>
        </message>
        <message>
            <source>%1 of %2 documents signed; the others failed.</source>
            <translation>%1 of %2 documents signed; the others failed.</translation>
        </message>
        <message>
            <source>this computer's clock (no time-stamp)</source>
            <translation>this computer's clock (no time-stamp)</translation>
        </message>
        <message>
            <source>Being verified…</source>
            <translation>Being verified…</translation>
        </message>
        <message>
            <source>time-stamp by %1</source>
            <translation>time-stamp by %1</translation>
        </message>
        <message>
            <source>time-stamp</source>
            <translation>time-stamp</translation>
        </message>
        <message>
            <source>The verification report could not be written. Check free disk space.</source>
            <translation>The verification report could not be written. Check free disk space.</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::SigningFlow</name>
        <message>
            <source>Add at least one document and wait until its hash is computed.</source>
            <translation>Add at least one document and wait until its hash is computed.</translation>
        </message>
        <message>
            <source>Preview and confirm each document before you continue.</source>
            <translation>Preview and confirm each document before you continue.</translation>
        </message>
        <message numerus="yes">
            <source>You were signed out after %n minute(s) without activity. Sign in again to continue.</source>
            <translation>
                <numerusform>You were signed out after %n minute without activity. Sign in again to continue.</numerusform>
                <numerusform>You were signed out after %n minutes without activity. Sign in again to continue.</numerusform>
            </translation>
        </message>
        <message>
            <source>The session with the signature service has ended. Log in again.</source>
            <translation>The session with the signature service has ended. Log in again.</translation>
        </message>
        <message>
            <source>A document changed after you confirmed it. Preview and confirm it again.</source>
            <translation>A document changed after you confirmed it. Preview and confirm it again.</translation>
        </message>
        <message>
            <source>(not known to this app: you signed in with the browser)</source>
            <translation>(not known to this app: you signed in with the browser)</translation>
        </message>
    </context>
    <context>
        <name>sic::ui::VerifyViewModel</name>
        <message numerus="yes">
            <source>Verifying: %1 of %n file(s) done…</source>
            <translation>
                <numerusform>Verifying: %1 of %n file done…</numerusform>
                <numerusform>Verifying: %1 of %n files done…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %1 of %n file(s) verified.</source>
            <translation>
                <numerusform>Cancelled: %1 of %n file verified.</numerusform>
                <numerusform>Cancelled: %1 of %n files verified.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) verified.</source>
            <translation>
                <numerusform>%n file verified.</numerusform>
                <numerusform>%n files verified.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is a folder; add the files inside it.</source>
            <translation>%1 is a folder; add the files inside it.</translation>
        </message>
        <message>
            <source>No trust anchors are set, so no signer can be confirmed. Choose them in Settings.</source>
            <translation>No trust anchors are set, so no signer can be confirmed. Choose them in Settings.</translation>
        </message>
        <message>
            <source>The trust anchors could not be loaded, so no signer can be confirmed: %1</source>
            <translation>The trust anchors could not be loaded, so no signer can be confirmed: %1</translation>
        </message>
        <message>
            <source>The trust anchors could not be loaded, so only the operating system's web certificate authorities are trusted: %1</source>
            <translation>The trust anchors could not be loaded, so only the operating system's web certificate authorities are trusted: %1</translation>
        </message>
        <message>
            <source>Only the operating system's web certificate authorities are trusted; signers confirmed through them are shown with a warning. Choose trust anchors in Settings.</source>
            <translation>Only the operating system's web certificate authorities are trusted; signers confirmed through them are shown with a warning. Choose trust anchors in Settings.</translation>
        </message>
        <message>
            <source>No trust anchors are set and the operating system's trust store could not be loaded, so no signer can be confirmed: %1</source>
            <translation>No trust anchors are set and the operating system's trust store could not be loaded, so no signer can be confirmed: %1</translation>
        </message>
        <message>
            <source>The operating system's trust store could not be loaded; only the configured trust anchors are used: %1</source>
            <translation>The operating system's trust store could not be loaded; only the configured trust anchors are used: %1</translation>
        </message>
        <message>
            <source>The report was saved: %1</source>
            <translation>The report was saved: %1</translation>
        </message>
        <message>
            <source>Signatures: %1 valid, %2 valid with warnings, %3 invalid, %4 cannot be confirmed.</source>
            <translation>Signatures: %1 valid, %2 valid with warnings, %3 invalid, %4 cannot be confirmed.</translation>
        </message>
    </context>
</TS>
