<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AuthorizeStep</name>
    <message>
        <source>Authorization %1 of %2</source>
        <translation>認可 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempt(s) left)</source>
        <translation>
            <numerusform>%1（残り %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Open your authenticator app and enter the 6-digit code it shows now.</source>
        <translation>認証アプリを開き、表示されている6桁のコードを入力してください。</translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>コードを再送信</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>コードを送信</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>The service will ask for your authorization in the browser.</source>
        <translation>リモート署名サービスがブラウザーで鍵の認可を求めます。</translation>
    </message>
    <message>
        <source>Open the browser</source>
        <translation>ブラウザーを開く</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>認可する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Authorize %n signature(s) with the key of %1.</source>
        <translation>
            <numerusform>%1 の署名鍵で %n 件の電子署名を認可してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The key is locked.</source>
        <translation>%1署名鍵はロックされています。</translation>
    </message>
    <message numerus="yes">
        <source>Code sent. You can ask again in %n s.</source>
        <translation>
            <numerusform>コードを送信しました。%n 秒後に再送信できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the signing</source>
        <translation>電子署名をキャンセル</translation>
    </message>
</context>
<context>
    <name>CredentialStep</name>
    <message>
        <source>Choose the key to sign with.</source>
        <translation>電子署名に使う署名鍵を選んでください。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>鍵の認可</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>この署名鍵を使う</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>使用できません</translation>
    </message>
    <message>
        <source>Use the key of %1</source>
        <translation>%1 の署名鍵を使う</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>署名鍵の一覧</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>必要な認証：%1</translation>
    </message>
    <message>
        <source>The key of %1 cannot be used: %2</source>
        <translation>%1 の署名鍵は使用できません：%2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the documents</source>
        <translation>文書に戻る</translation>
    </message>
    <message>
        <source>Sign out of the signature service</source>
        <translation>リモート署名サービスからサインアウト</translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation>証明書のシリアル番号</translation>
    </message>
</context>
<context>
    <name>DemoAccountCard</name>
    <message>
        <source>Demo account of the development signature service</source>
        <translation>開発用リモート署名サービスのデモアカウント</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>%1 (valid for %2 s)</source>
        <translation>%1（あと %2 秒間有効）</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ユーザー ID：%1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>パスワード：%1</translation>
    </message>
    <message>
        <source>PIN: %1</source>
        <translation>PIN：%1</translation>
    </message>
    <message>
        <source>One-time password: %1</source>
        <translation>ワンタイムパスワード：%1</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>Computing the hash of %1</source>
        <translation>%1 のハッシュを計算中</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>ハッシュをコピー</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of %1</source>
        <translation>%1 の SHA-256 全体をコピー</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1、%2、%3、%4</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Preview and check %1</source>
        <translation>%1 をプレビューして確認</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents (*.pdf *.xml)</source>
        <translation>文書 (*.pdf *.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add the documents to sign. Their hashes are computed on this device; the documents never leave it.</source>
        <translation>電子署名する文書を追加してください。ハッシュはこの端末で計算され、文書がこの端末の外に送られることはありません。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Drop PDF or XML files here</source>
        <translation>ここに PDF または XML ファイルをドロップ</translation>
    </message>
    <message>
        <source>Add files to sign</source>
        <translation>電子署名するファイルを追加</translation>
    </message>
    <message>
        <source>Continue to the login</source>
        <translation>サインインに進む</translation>
    </message>
    <message>
        <source>Remove all documents from the list</source>
        <translation>一覧からすべての文書を削除</translation>
    </message>
    <message numerus="yes">
        <source>All %n document(s) checked.</source>
        <translation>
            <numerusform>すべての文書（%n 件）を確認済みです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) checked. Open each one with Preview and confirm it before you continue.</source>
        <translation>
            <numerusform>%n 件中 %1 件の文書を確認済みです。次へ進む前に、各文書を「プレビュー」で開いて確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents to sign</source>
        <translation>署名する文書</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
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
        <translation>CSV に書き出し…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON に書き出し…</translation>
    </message>
    <message>
        <source>Nothing signed or verified on this device yet.</source>
        <translation>この端末ではまだ電子署名も検証も行われていません。</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>履歴の書き出し</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2、%3、%4</translation>
    </message>
</context>
<context>
    <name>LockedNote</name>
    <message>
        <source>Set by your administrator</source>
        <translation>管理者が設定しています</translation>
    </message>
</context>
<context>
    <name>LoginStep</name>
    <message>
        <source>Sign in to %1. Your signing key stays with the service; signing it needs a separate authorization later.</source>
        <translation>%1 にサインインしてください。署名鍵はリモート署名サービスに保管されたままです。電子署名の際には、後で別途鍵の認可が必要です。</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Or with a user ID and password:</source>
        <translation>またはユーザー ID とパスワードで：</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Sign in with user ID and password</source>
        <translation>ユーザー ID とパスワードでサインイン</translation>
    </message>
    <message>
        <source>Back to the documents</source>
        <translation>文書に戻る</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Remote Signature Client</source>
        <translation>リモート署名クライアント</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
</context>
<context>
    <name>MetadataCard</name>
    <message>
        <source>File details</source>
        <translation>ファイルの詳細</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前：%1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>サイズ：%1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>種類：%1</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>更新日時：%1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>場所：%1</translation>
    </message>
    <message>
        <source>Being computed…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>OpenFilesDialog</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Signature level</source>
        <translation>電子署名のレベル</translation>
    </message>
    <message>
        <source>XML and other files</source>
        <translation>XML とその他のファイル</translation>
    </message>
    <message>
        <source>Inside the XML (enveloped)</source>
        <translation>XML の内部（エンベロープ）</translation>
    </message>
    <message>
        <source>File inside the signature (enveloping)</source>
        <translation>電子署名の内部にファイル（エンベロープイング）</translation>
    </message>
    <message>
        <source>Separate signature file (detached)</source>
        <translation>別の署名ファイル（デタッチ）</translation>
    </message>
    <message>
        <source>XAdES packaging</source>
        <translation>XAdES の形式</translation>
    </message>
    <message>
        <source>Reason (PDF)</source>
        <translation>理由（PDF）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Location (PDF)</source>
        <translation>場所（PDF）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Save signed files in (empty: next to each document)</source>
        <translation>署名済みファイルの保存先（空欄：各文書と同じフォルダー）</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>署名する</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message numerus="yes">
        <source>Sign %n document(s)</source>
        <translation>
            <numerusform>%n 件の文書に署名</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the signing keys</source>
        <translation>署名鍵の選択に戻る</translation>
    </message>
    <message>
        <source>B-B: the signature alone. Its time comes from this computer&apos;s clock and proves nothing.</source>
        <translation>B-B: 署名のみ。署名時刻はこのコンピューターの時計によるもので、証明にはなりません。</translation>
    </message>
    <message>
        <source>B-T: the signature with a time-stamp from a time-stamp authority, which proves when it was made. Recommended.</source>
        <translation>B-T: 時刻認証局のタイムスタンプ付きの署名。いつ署名したかを証明できます。推奨。</translation>
    </message>
    <message>
        <source>By file type (XML enveloped, other files detached)</source>
        <translation>ファイルの種類で決める（XML は内部に、その他のファイルは別ファイルに）</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>前のページ（Page Up）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>ページ %1</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>次のページ（Page Down）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom %1 percent</source>
        <translation>表示倍率 %1 パーセント</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit the page to the width of the view</source>
        <translation>ページを表示領域の幅に合わせる</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ目</translation>
    </message>
    <message>
        <source>Rendering the page</source>
        <translation>ページを描画中</translation>
    </message>
    <message>
        <source>This page could not be shown.</source>
        <translation>このページを表示できませんでした。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>‹ Documents</source>
        <translation>‹ 文書一覧</translation>
    </message>
    <message>
        <source>Back to the documents list</source>
        <translation>文書一覧に戻る</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 のプレビュー</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>文書を開いています</translation>
    </message>
    <message>
        <source>XML content of %1</source>
        <translation>%1 の XML の内容</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Confirm this document</source>
        <translation>この文書を確認済みにする</translation>
    </message>
    <message>
        <source>Confirm that %1 is what you intend to sign</source>
        <translation>%1 が署名しようとしている文書であることを確認する</translation>
    </message>
    <message>
        <source>Withdraw confirmation</source>
        <translation>確認を取り消す</translation>
    </message>
    <message>
        <source>Withdraw the confirmation of %1</source>
        <translation>%1 の確認を取り消す</translation>
    </message>
    <message>
        <source>Next document ›</source>
        <translation>次の文書 ›</translation>
    </message>
    <message>
        <source>Show the next document</source>
        <translation>次の文書を表示</translation>
    </message>
</context>
<context>
    <name>ProgressStep</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 of %2 documents finished</source>
        <translation>%2 件中 %1 件の文書が完了</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Documents being signed</source>
        <translation>電子署名中の文書</translation>
    </message>
    <message>
        <source>Cancel the signing</source>
        <translation>電子署名をキャンセル</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <source>Processing result</source>
        <translation>処理結果</translation>
    </message>
    <message>
        <source>Signed normally</source>
        <translation>正常に署名しました</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>署名されていません：%1</translation>
    </message>
    <message>
        <source>Signer ID</source>
        <translation>署名者 ID</translation>
    </message>
    <message>
        <source>Signing target</source>
        <translation>署名対象</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>署名済み文書</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>署名日時</translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation>署名者名</translation>
    </message>
    <message>
        <source>Sign other documents</source>
        <translation>ほかの文書に署名する</translation>
    </message>
    <message>
        <source>Signing results</source>
        <translation>電子署名の結果</translation>
    </message>
    <message>
        <source>Signer ID: %1</source>
        <translation>署名者 ID：%1</translation>
    </message>
    <message>
        <source>Signing target: %1</source>
        <translation>署名対象：%1</translation>
    </message>
    <message>
        <source>Signed document: %1</source>
        <translation>署名済み文書：%1</translation>
    </message>
    <message>
        <source>Open the signed document</source>
        <translation>署名済み文書を開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Show the signed document in its folder</source>
        <translation>署名済み文書をフォルダーで表示</translation>
    </message>
    <message>
        <source>%1 (time-stamp time; %2)</source>
        <translation>%1（タイムスタンプの時刻、%2）</translation>
    </message>
    <message>
        <source>%1 (this computer&apos;s clock; no time-stamp)</source>
        <translation>%1（この端末の時計、タイムスタンプなし）</translation>
    </message>
    <message>
        <source>Signing time: %1</source>
        <translation>署名日時：%1</translation>
    </message>
    <message>
        <source>Signer name: %1</source>
        <translation>署名者名：%1</translation>
    </message>
    <message>
        <source>Hide full subject</source>
        <translation>サブジェクト全体を隠す</translation>
    </message>
    <message>
        <source>Show full subject</source>
        <translation>サブジェクト全体を表示</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>View report</source>
        <translation>レポートを表示</translation>
    </message>
    <message>
        <source>View the verification report</source>
        <translation>検証レポートを表示</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Signature services</source>
        <translation>リモート署名サービス</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使う</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>アドレス（https://…）</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>サービスのアドレス</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation>追加の CA 証明書（PEM ファイル）</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>追加の CA 証明書ファイル</translation>
    </message>
    <message>
        <source>Pinned keys (SHA-256, Base64)</source>
        <translation>ピン留めした公開鍵（SHA-256、Base64）</translation>
    </message>
    <message>
        <source>Pinned public keys</source>
        <translation>ピン留めした公開鍵</translation>
    </message>
    <message>
        <source>Add or update service</source>
        <translation>サービスを追加・更新</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>Time-stamp service (empty: the signature service&apos;s)</source>
        <translation>タイムスタンプサービス（空欄：リモート署名サービスのもの）</translation>
    </message>
    <message>
        <source>Time-stamp service address</source>
        <translation>タイムスタンプサービスのアドレス</translation>
    </message>
    <message>
        <source>Default level</source>
        <translation>既定のレベル</translation>
    </message>
    <message>
        <source>Default signature level</source>
        <translation>既定の電子署名レベル</translation>
    </message>
    <message>
        <source>Output folder (empty: next to the document)</source>
        <translation>保存先フォルダー（空欄：文書と同じフォルダー）</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <source>Sign out after inactivity (minutes)</source>
        <translation>操作がない場合に自動サインアウト（分）</translation>
    </message>
    <message>
        <source>Idle time-out in minutes</source>
        <translation>自動サインアウトまでの時間（分）</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Trust anchors (PEM file or folder)</source>
        <translation>信頼アンカー（PEM ファイルまたはフォルダー）</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>信頼アンカー</translation>
    </message>
    <message>
        <source>Check revocation online</source>
        <translation>失効をオンラインで確認する</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Also trust the system&apos;s web certificate authorities</source>
        <translation>OS の Web 用認証局も信頼する</translation>
    </message>
    <message>
        <source>Not recommended: these authorities vouch for web sites, not for the people who sign documents. Signatures trusted only through them are shown with a warning.</source>
        <translation>推奨しません。これらの認証局が保証するのは Web サイトであり、文書に署名する人ではありません。これらの認証局によってのみ信頼される署名には警告が表示されます。</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Hide the details of %1</source>
        <translation>%1 の詳細を隠す</translation>
    </message>
    <message>
        <source>Show the details of %1</source>
        <translation>%1 の詳細を表示</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Sign documents with a key kept by your signature service, and verify signed documents.</source>
        <translation>リモート署名サービスが保管する署名鍵で文書に電子署名し、署名済み文書を検証します。</translation>
    </message>
    <message>
        <source>Only the document&apos;s hash leaves this device.</source>
        <translation>この端末の外に送られるのは文書のハッシュだけです。</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近の操作</translation>
    </message>
    <message>
        <source>Nothing signed or verified on this device yet.</source>
        <translation>この端末ではまだ電子署名も検証も行われていません。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Sign documents</source>
        <translation>文書に電子署名</translation>
    </message>
    <message>
        <source>Verify documents</source>
        <translation>文書を検証</translation>
    </message>
    <message>
        <source>Verify signed documents</source>
        <translation>署名済み文書を検証</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Sign in to the signature service</source>
        <translation>リモート署名サービスにサインイン</translation>
    </message>
    <message>
        <source>Choose the signing key</source>
        <translation>署名鍵の選択</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Authorize the signature</source>
        <translation>電子署名の認可</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1 / %2：%3</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out of the signature service</source>
        <translation>リモート署名サービスからサインアウト</translation>
    </message>
    <message>
        <source>Preparing the documents for the authorization</source>
        <translation>認可に向けて文書を準備しています</translation>
    </message>
</context>
<context>
    <name>VerifiedFileCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>%1 を検証中</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Files to verify</source>
        <translation>検証するファイル</translation>
    </message>
    <message>
        <source>Signed documents (*.pdf *.xml *.p7s *.p7m)</source>
        <translation>署名済み文書 (*.pdf *.xml *.p7s *.p7m)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>検証レポートの保存</translation>
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
        <translation>署名済みの PDF、XML を検証します。デタッチ形式の XML 署名は、署名対象のファイルと一緒に追加してください。失効のオンライン確認をオンにしない限り、この端末の外には何も送られません。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add files to verify</source>
        <translation>検証するファイルを追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the verification</source>
        <translation>検証をキャンセル</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>再検証</translation>
    </message>
    <message>
        <source>Verify every file again</source>
        <translation>すべてのファイルを再検証</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>レポートを書き出し…</translation>
    </message>
    <message>
        <source>Export the verification report</source>
        <translation>検証レポートを書き出す</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF レポート…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>レポートを PDF で書き出す</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML レポート…</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>レポートを HTML で書き出す</translation>
    </message>
    <message>
        <source>JSON report…</source>
        <translation>JSON レポート…</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>レポートを JSON で書き出す</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>概要をコピー</translation>
    </message>
    <message>
        <source>Copy a short summary for a support ticket</source>
        <translation>サポートへの問い合わせ用に概要をコピー</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>一覧からすべてのファイルを削除</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>検証の進行状況</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>概要をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Drop signed files here</source>
        <translation>ここに署名済みファイルをドロップ</translation>
    </message>
    <message>
        <source>Verified files</source>
        <translation>検証したファイル</translation>
    </message>
</context>
<context>
    <name>VerifyText</name>
    <message>
        <source>Timestamp</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <source>Signing time (from the signer&apos;s computer, not proven)</source>
        <translation>署名日時（署名者の端末の時刻、証明なし）</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1、発行：%2</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Signature %1 (%2)</source>
        <translation>電子署名 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>有効 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid with warnings</source>
        <translation>
            <numerusform>警告付きで有効 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be confirmed</source>
        <translation>
            <numerusform>確認できない %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>無効 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s): %1</source>
        <translation>
            <numerusform>電子署名 %n 件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証中…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Could not be verified</source>
        <translation>検証できませんでした</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Signed content of a detached signature added with it</source>
        <translation>一緒に追加したデタッチ署名の署名対象</translation>
    </message>
    <message>
        <source>Signature verification, %1 (%2)</source>
        <translation>電子署名の検証、%1（%2）</translation>
    </message>
    <message>
        <source>Could not be verified: %1</source>
        <translation>検証できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>sic</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>no signature found</source>
        <translation>電子署名が見つかりません</translation>
    </message>
    <message>
        <source>The signing certificate could not be read. Contact your signature service provider.</source>
        <translation>署名者の証明書を読み取れませんでした。リモート署名サービスの提供元にお問い合わせください。</translation>
    </message>
    <message>
        <source>The signature algorithm does not match the signing certificate&apos;s key.</source>
        <translation>電子署名のアルゴリズムが証明書の鍵と一致しません。</translation>
    </message>
    <message>
        <source>The signature service returned a signature that does not match the document and the certificate. Nothing was saved. Try again or contact the service provider.</source>
        <translation>リモート署名サービスが返した電子署名が文書と証明書に一致しません。何も保存されていません。もう一度お試しいただくか、サービスの提供元にお問い合わせください。</translation>
    </message>
    <message>
        <source>The document digest is not valid for signing.</source>
        <translation>文書のダイジェストが電子署名に使える形式ではありません。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>これはファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>You are not allowed to read this file.</source>
        <translation>このファイルを読み取る権限がありません。</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>ファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>The file is shorter than expected.</source>
        <translation>ファイルが想定より短くなっています。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. %n attempt(s) left before the signing key is locked.</source>
        <translation>
            <numerusform>PIN が正しくありません。あと %n 回間違えると署名鍵がロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong. Check it and try again.</source>
        <translation>PIN が正しくありません。確認してもう一度入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The one-time password is wrong or was already used. %n attempt(s) left before the signing key is locked.</source>
        <translation>
            <numerusform>ワンタイムパスワードが正しくないか、すでに使用済みです。あと %n 回間違えると署名鍵がロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-time password is wrong or was already used. Wait for a new code and try again.</source>
        <translation>ワンタイムパスワードが正しくないか、すでに使用済みです。新しいコードが表示されるのを待って、もう一度入力してください。</translation>
    </message>
    <message>
        <source>The signing key is locked after too many wrong attempts. Ask your signature service provider to unlock it.</source>
        <translation>誤入力が多すぎたため、署名鍵がロックされました。リモート署名サービスの提供元にロック解除を依頼してください。</translation>
    </message>
    <message>
        <source>The signing authorization expired before the signature was made. Sign again.</source>
        <translation>電子署名が行われる前に鍵の認可の有効期限が切れました。もう一度署名してください。</translation>
    </message>
    <message>
        <source>The signing authorization was already used or is not valid. Sign again.</source>
        <translation>鍵の認可はすでに使用済みか、有効ではありません。もう一度署名してください。</translation>
    </message>
    <message>
        <source>The signature service refused a document hash that the authorization does not cover. Sign again.</source>
        <translation>鍵の認可の対象外の文書ハッシュがあったため、リモート署名サービスが拒否しました。もう一度署名してください。</translation>
    </message>
    <message>
        <source>The signature service did not accept the login. Check the user name and password.</source>
        <translation>リモート署名サービスにログインできませんでした。ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The session with the signature service has ended. Log in again.</source>
        <translation>リモート署名サービスとのセッションが終了しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The secure connection to the signature service could not be verified, so nothing was sent. Check the service address and its certificate.</source>
        <translation>リモート署名サービスとの安全な接続を検証できなかったため、何も送信していません。サービスのアドレスと証明書を確認してください。</translation>
    </message>
    <message>
        <source>The signature service presented a different key than the one configured for it, so nothing was sent. Check the pinned key with your provider.</source>
        <translation>リモート署名サービスが設定と異なる公開鍵を提示したため、何も送信していません。ピン留めした公開鍵を提供元に確認してください。</translation>
    </message>
    <message>
        <source>The signature service could not be reached. Check the network connection and the service address.</source>
        <translation>リモート署名サービスに接続できませんでした。ネットワーク接続とサービスのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The signature service did not answer in time. Try again later.</source>
        <translation>リモート署名サービスから時間内に応答がありませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>The signature service reported an error. Try again later or contact the provider.</source>
        <translation>リモート署名サービスがエラーを返しました。しばらくしてからもう一度お試しいただくか、提供元にお問い合わせください。</translation>
    </message>
    <message>
        <source>The signature service sent an answer the app cannot read. Contact the provider.</source>
        <translation>リモート署名サービスからの応答をアプリで読み取れません。提供元にお問い合わせください。</translation>
    </message>
    <message>
        <source>The signature service returned a complete signature container instead of a bare signature value. This service is not compatible with the app.</source>
        <translation>リモート署名サービスが署名値だけでなく電子署名のコンテナー全体を返しました。このサービスはこのアプリに対応していません。</translation>
    </message>
    <message>
        <source>A signature value returned by the signature service does not match the certificate and the document hash, so it was not used.</source>
        <translation>リモート署名サービスが返した署名値が証明書と文書のハッシュに一致しないため、使用しませんでした。</translation>
    </message>
    <message>
        <source>More signatures were requested in one authorization than the signing key allows.</source>
        <translation>1回の鍵の認可で、署名鍵が許可する数を超える電子署名が要求されました。</translation>
    </message>
    <message>
        <source>The signature service or signing key uses a feature the app does not support.</source>
        <translation>リモート署名サービスまたは署名鍵が、このアプリの対応していない機能を使用しています。</translation>
    </message>
    <message>
        <source>The history is in use by another program.</source>
        <translation>履歴は別のプログラムが使用中です。</translation>
    </message>
    <message>
        <source>The history could not be written.</source>
        <translation>履歴に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The history file is damaged; nothing was added to it.</source>
        <translation>履歴ファイルが破損しているため、何も追加していません。</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>履歴を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>ファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>The signed file could not be written. Check free disk space and write permission.</source>
        <translation>署名済みファイルを書き込めませんでした。ディスクの空き容量と書き込み権限を確認してください。</translation>
    </message>
    <message>
        <source>Choose where to save the signed document.</source>
        <translation>署名済み文書の保存先を選んでください。</translation>
    </message>
    <message>
        <source>The folder for the signed document does not exist. Choose another folder.</source>
        <translation>署名済み文書の保存先フォルダーが存在しません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The signed document cannot replace the original. Choose another file name.</source>
        <translation>署名済み文書で元の文書を置き換えることはできません。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>A file with the name of the signed document already exists. Choose another name or allow replacing it.</source>
        <translation>署名済み文書と同じ名前のファイルがすでにあります。別の名前を選ぶか、置き換えを許可してください。</translation>
    </message>
    <message>
        <source>This signing session was already used.</source>
        <translation>この署名セッションはすでに使用されています。</translation>
    </message>
    <message>
        <source>A time-stamp service is needed for this signature level. Configure one in the settings.</source>
        <translation>この電子署名のレベルにはタイムスタンプサービスが必要です。設定で指定してください。</translation>
    </message>
    <message>
        <source>Only an unsigned document can be certified. Sign it with an approval signature instead.</source>
        <translation>作成者署名（認証署名）ができるのは未署名の文書だけです。代わりに承認署名で署名してください。</translation>
    </message>
    <message>
        <source>The document was not prepared for signing.</source>
        <translation>文書の電子署名の準備ができていません。</translation>
    </message>
    <message>
        <source>The signature service returned the wrong number of signatures.</source>
        <translation>リモート署名サービスが返した電子署名の数が正しくありません。</translation>
    </message>
    <message>
        <source>The signature is larger than the space reserved for it in the PDF. Try again; if it keeps failing, report it to support.</source>
        <translation>電子署名が PDF 内に確保した領域より大きくなっています。もう一度お試しください。繰り返し失敗する場合はサポートにご連絡ください。</translation>
    </message>
    <message>
        <source>This document is certified by its author and allows no changes, not even another signature. It cannot be signed.</source>
        <translation>この文書は作成者によって認証されており、電子署名の追加を含め一切の変更が許可されていません。電子署名できません。</translation>
    </message>
    <message>
        <source>An earlier signature locks every form field of this document, so no further signature can be added.</source>
        <translation>既存の電子署名がこの文書のすべてのフォームフィールドをロックしているため、電子署名を追加できません。</translation>
    </message>
    <message>
        <source>This PDF is encrypted (password-protected). Remove the protection with the application that created it, then sign the unprotected copy.</source>
        <translation>この PDF は暗号化（パスワード保護）されています。作成したアプリケーションで保護を解除し、保護のないコピーに電子署名してください。</translation>
    </message>
    <message>
        <source>The PDF file could not be opened.</source>
        <translation>PDF ファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>The PDF file changed while it was being signed. Try again.</source>
        <translation>電子署名の処理中に PDF ファイルが変更されました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>電子署名はキャンセルされました。</translation>
    </message>
    <message>
        <source>The PDF file could not be read.</source>
        <translation>PDF ファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The PDF file is damaged or not a PDF file and cannot be signed. Open and save it again with a PDF application, then retry.</source>
        <translation>PDF ファイルが破損しているか PDF ファイルではないため、電子署名できません。PDF アプリケーションで開いて保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>このファイルは PDF 文書ではありません。</translation>
    </message>
    <message>
        <source>The file could not be opened. Check that it exists and that you may read it.</source>
        <translation>ファイルを開けませんでした。ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The PDF file is damaged or truncated and cannot be signed.</source>
        <translation>PDF ファイルが破損しているか途中で切れているため、電子署名できません。</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so the login cannot be remembered. Check that a keychain (secret service) is available and unlocked.</source>
        <translation>システムのキーチェーンを使用できないため、ログイン情報を保存できません。キーチェーン（シークレットサービス）が利用可能で、ロック解除されていることを確認してください。</translation>
    </message>
    <message>
        <source>Every signature service needs a name.</source>
        <translation>リモート署名サービスには名前が必要です。</translation>
    </message>
    <message>
        <source>The address of a signature service must start with https://.</source>
        <translation>リモート署名サービスのアドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>A pinned key must be the Base64 SHA-256 of the server&apos;s public key.</source>
        <translation>ピン留めする公開鍵には、サーバーの公開鍵の SHA-256（Base64）を指定してください。</translation>
    </message>
    <message>
        <source>The chosen signature service is not in the list.</source>
        <translation>選択したリモート署名サービスが一覧にありません。</translation>
    </message>
    <message>
        <source>The time-stamp service address is not a web address.</source>
        <translation>タイムスタンプサービスのアドレスが Web アドレスではありません。</translation>
    </message>
    <message>
        <source>The language must be Japanese or English.</source>
        <translation>言語は日本語または英語を選んでください。</translation>
    </message>
    <message>
        <source>The idle time-out must be between 1 and 240 minutes.</source>
        <translation>自動サインアウトまでの時間は1～240分の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>設定を保存できませんでした。</translation>
    </message>
    <message>
        <source>The time-stamp service returned a time-stamp that could not be verified. Nothing was saved. Check the time-stamp service settings.</source>
        <translation>タイムスタンプサービスが返したタイムスタンプを検証できませんでした。何も保存されていません。タイムスタンプサービスの設定を確認してください。</translation>
    </message>
    <message>
        <source>The trusted certificates for time-stamps could not be loaded. Check the settings.</source>
        <translation>タイムスタンプ用の信頼する証明書を読み込めませんでした。設定を確認してください。</translation>
    </message>
    <message>
        <source>The time-stamp service refused the request. Try again later or check the settings.</source>
        <translation>タイムスタンプサービスが要求を拒否しました。しばらくしてからもう一度お試しいただくか、設定を確認してください。</translation>
    </message>
    <message>
        <source>The time-stamp service could not be reached. Check the network and the service address, then try again.</source>
        <translation>タイムスタンプサービスに接続できませんでした。ネットワークとサービスのアドレスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The time-stamp service sent an unexpectedly large answer.</source>
        <translation>タイムスタンプサービスから想定外に大きな応答が返されました。</translation>
    </message>
    <message>
        <source>The CMS structure has %1 signers; only the first is verified.</source>
        <translation>CMS 構造に %1 人の署名者が含まれています。検証するのは最初の署名者だけです。</translation>
    </message>
    <message>
        <source>The signature is malformed (%1).</source>
        <translation>電子署名の形式が正しくありません（%1）。</translation>
    </message>
    <message>
        <source>The signed data was changed after signing: its digest does not match the one in the signature.</source>
        <translation>署名されたデータが署名後に変更されています。ダイジェストが電子署名内の値と一致しません。</translation>
    </message>
    <message>
        <source>The signature value does not match the signed attributes and the signer&apos;s key.</source>
        <translation>署名値が署名属性および署名者の鍵と一致しません。</translation>
    </message>
    <message>
        <source>The signature value does not match the signed data and the signer&apos;s key.</source>
        <translation>署名値が署名されたデータおよび署名者の鍵と一致しません。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature, so the signer cannot be identified.</source>
        <translation>電子署名に署名者の証明書が含まれていないため、署名者を特定できません。</translation>
    </message>
    <message>
        <source>The signing-certificate attribute names a different certificate than the one that signed.</source>
        <translation>署名証明書属性が、実際に署名した証明書とは別の証明書を示しています。</translation>
    </message>
    <message>
        <source>The signature has no signed attributes (no signing time, no signing certificate reference).</source>
        <translation>電子署名に署名属性がありません（署名日時も署名証明書の参照もありません）。</translation>
    </message>
    <message>
        <source>the content inside the signature</source>
        <translation>電子署名に含まれる内容</translation>
    </message>
    <message>
        <source>The signature is detached and the signed file was not found; give it with --data.</source>
        <translation>デタッチ形式の電子署名で、署名されたファイルが見つかりません。--data で指定してください。</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>The signature uses a digest algorithm the content was not hashed with.</source>
        <translation>電子署名が、内容のハッシュ計算に使われていないダイジェストアルゴリズムを使用しています。</translation>
    </message>
    <message>
        <source>The signature data is not a readable CMS signature.</source>
        <translation>署名データが読み取り可能な CMS 署名ではありません。</translation>
    </message>
    <message>
        <source>The CMS signature contains no signer.</source>
        <translation>CMS 署名に署名者が含まれていません。</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>key compromise</source>
        <translation>鍵の危殆化</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA の危殆化</translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation>所属の変更</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>証明書の更新</translation>
    </message>
    <message>
        <source>cessation of operation</source>
        <translation>運用の停止</translation>
    </message>
    <message>
        <source>certificate on hold</source>
        <translation>証明書の一時停止</translation>
    </message>
    <message>
        <source>privilege withdrawn</source>
        <translation>権限の取り消し</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の指定なし</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be found, so the signer cannot be identified.</source>
        <translation>署名者の証明書が見つからないため、署名者を特定できません。</translation>
    </message>
    <message>
        <source>A signature timestamp is not valid: %1</source>
        <translation>署名タイムスタンプが有効ではありません：%1</translation>
    </message>
    <message>
        <source>The timestamp authority %1 is not among the trusted anchors; its time is not used as proof.</source>
        <translation>タイムスタンプ局 %1 は信頼アンカーに含まれていないため、その時刻は証拠として使用しません。</translation>
    </message>
    <message>
        <source>the SHA-1 digest algorithm</source>
        <translation>ダイジェストアルゴリズム SHA-1</translation>
    </message>
    <message>
        <source>an RSA key of %1 bits</source>
        <translation>%1 ビットの RSA 鍵</translation>
    </message>
    <message>
        <source>The signature uses %1, which is no longer considered secure.</source>
        <translation>電子署名が、現在では安全とみなされない %1 を使用しています。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be traced to a trusted authority because no trust anchors are configured.</source>
        <translation>信頼アンカーが設定されていないため、署名者の証明書を信頼できる認証局までたどれません。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to any of the configured trust anchors.</source>
        <translation>署名者の証明書が、設定されたどの信頼アンカーにもつながりません。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chain is not valid (%1).</source>
        <translation>署名者の証明書チェーンが有効ではありません（%1）。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not allowed to make signatures (its key usage excludes it).</source>
        <translation>署名者の証明書は電子署名に使用できません（鍵用途で許可されていません）。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is valid only from %1, after the signature was made.</source>
        <translation>署名者の証明書の有効期間は %1 からで、電子署名が行われた時点より後です。</translation>
    </message>
    <message>
        <source>The certificate of the issuing authority %1 was not valid at %2.</source>
        <translation>発行元の認証局 %1 の証明書は %2 の時点で有効ではありませんでした。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1 (%2), after the signature&apos;s timestamp.</source>
        <translation>署名者の証明書は %1 に失効しています（%2）。これは電子署名のタイムスタンプより後です。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1 (%2), before the signature&apos;s timestamp.</source>
        <translation>署名者の証明書は %1 に失効しています（%2）。これは電子署名のタイムスタンプより前です。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1 (%2), and nothing proves the signature was made before that.</source>
        <translation>署名者の証明書は %1 に失効しており（%2）、電子署名がそれより前に行われたことを証明するものがありません。</translation>
    </message>
    <message>
        <source>The certificate of the issuing authority %1 was revoked on %2 (%3).</source>
        <translation>発行元の認証局 %1 の証明書は %2 に失効しています（%3）。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate expired on %1, before the signature&apos;s timestamp.</source>
        <translation>署名者の証明書は %1 に有効期限が切れています。これは電子署名のタイムスタンプより前です。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate expired on %1, and no timestamp proves the signature was made before that.</source>
        <translation>署名者の証明書は %1 に有効期限が切れており、電子署名がそれより前に行われたことを証明するタイムスタンプがありません。</translation>
    </message>
    <message>
        <source>The revocation status of the signer&apos;s certificate is unknown to its responder.</source>
        <translation>署名者の証明書の失効状態は、応答者（OCSP レスポンダー）にも不明です。</translation>
    </message>
    <message>
        <source>The revocation status of the signer&apos;s certificate could not be checked: no CRL or OCSP response is in the signature, and none could be fetched online from the addresses in the certificate. Try again later.</source>
        <translation>署名者の証明書の失効状態を確認できませんでした。電子署名に CRL も OCSP 応答も含まれておらず、証明書に記載されたアドレスからオンラインで取得することもできませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The revocation status of the signer&apos;s certificate could not be checked: no CRL or OCSP response is in the signature or was given, and online checking is not available.</source>
        <translation>署名者の証明書の失効状態を確認できませんでした。CRL も OCSP 応答も電子署名に含まれておらず指定もされていないうえ、オンラインでの確認も利用できません。</translation>
    </message>
    <message>
        <source>A timestamp proves the signature existed before %1 stopped being considered secure.</source>
        <translation>%1 が安全とみなされなくなる前に電子署名が存在していたことを、タイムスタンプが証明しています。</translation>
    </message>
    <message>
        <source>The signature is intact, was made by %1 with a trusted certificate, and is timestamped %2.</source>
        <translation>電子署名は改ざんされておらず、%1 が信頼できる証明書で署名し、タイムスタンプの時刻は %2 です。</translation>
    </message>
    <message>
        <source>The signature is intact and was made by %1 with a trusted certificate that is valid now.</source>
        <translation>電子署名は改ざんされておらず、%1 が現在有効な信頼できる証明書で署名しています。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Valid, with warnings</source>
        <translation>警告付きで有効</translation>
    </message>
    <message>
        <source>Cannot be confirmed</source>
        <translation>確認できません</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>The certificate of %1 names no OCSP responder and no CRL address.</source>
        <translation>%1 の証明書には OCSP レスポンダーも CRL のアドレスも記載されていません。</translation>
    </message>
    <message>
        <source>The OCSP responder %1 (for %2)</source>
        <translation>OCSP レスポンダー %1（%2 用）</translation>
    </message>
    <message>
        <source>The CRL at %1 (for %2)</source>
        <translation>%1 の CRL（%2 用）</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds or sent too much.</source>
        <translation>%1 は %2 秒以内に応答しなかったか、大きすぎるデータを返しました。</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation>%1 に接続できませんでした：%2。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 が HTTP ステータス %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 sent no usable OCSP response.</source>
        <translation>%1 から使用できる OCSP 応答が返されませんでした。</translation>
    </message>
    <message>
        <source>%1 sent a response that does not match the request (nonce).</source>
        <translation>%1 が要求と一致しない応答（nonce）を返しました。</translation>
    </message>
    <message>
        <source>%1 is not a CRL.</source>
        <translation>%1 は CRL ではありません。</translation>
    </message>
    <message>
        <source>validation data (DSS) added or updated</source>
        <translation>検証データ（DSS）の追加または更新</translation>
    </message>
    <message>
        <source>document timestamp added</source>
        <translation>文書タイムスタンプの追加</translation>
    </message>
    <message>
        <source>signature added</source>
        <translation>電子署名の追加</translation>
    </message>
    <message>
        <source>form definition updated for a signature</source>
        <translation>電子署名のためのフォーム定義の更新</translation>
    </message>
    <message>
        <source>document name tree updated</source>
        <translation>文書の名前ツリーの更新</translation>
    </message>
    <message>
        <source>pages were added, removed or reordered</source>
        <translation>ページの追加、削除または並べ替え</translation>
    </message>
    <message>
        <source>signature field added to a page</source>
        <translation>ページへの署名フィールドの追加</translation>
    </message>
    <message>
        <source>annotations added to a page</source>
        <translation>ページへの注釈の追加</translation>
    </message>
    <message>
        <source>a signature field was filled in</source>
        <translation>署名フィールドへの記入</translation>
    </message>
    <message>
        <source>signature field added</source>
        <translation>署名フィールドの追加</translation>
    </message>
    <message>
        <source>the appearance of a form field was replaced without changing its value</source>
        <translation>値を変えないフォームフィールドの外観の置き換え</translation>
    </message>
    <message>
        <source>form fields were filled in</source>
        <translation>フォームフィールドへの記入</translation>
    </message>
    <message>
        <source>annotations were changed</source>
        <translation>注釈の変更</translation>
    </message>
    <message>
        <source>annotations were added</source>
        <translation>注釈の追加</translation>
    </message>
    <message>
        <source>objects of the signed revision were changed</source>
        <translation>署名されたリビジョンのオブジェクトの変更</translation>
    </message>
    <message>
        <source>The signed revision cannot be read on its own.</source>
        <translation>署名されたリビジョンを単独で読み取れません。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The PDF has no readable document catalog.</source>
        <translation>PDF に読み取り可能な文書カタログがありません。</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range does not consist of two ranges, so what it covers is unclear.</source>
        <translation>電子署名のバイト範囲が2つの範囲で構成されていないため、署名の対象が不明確です。</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range does not start at the beginning of the file.</source>
        <translation>電子署名のバイト範囲がファイルの先頭から始まっていません。</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range reaches beyond the end of the file.</source>
        <translation>電子署名のバイト範囲がファイルの末尾を超えています。</translation>
    </message>
    <message>
        <source>The gap in the signature&apos;s byte range holds more than the signature value.</source>
        <translation>電子署名のバイト範囲の隙間に、署名値以外のデータが含まれています。</translation>
    </message>
    <message>
        <source>The gap in the signature&apos;s byte range is not this signature&apos;s value.</source>
        <translation>電子署名のバイト範囲の隙間にあるのは、この電子署名の署名値ではありません。</translation>
    </message>
    <message>
        <source>The signature covers a block from the start of the file that does not end at a revision end.</source>
        <translation>電子署名の対象となるファイル先頭からの範囲が、リビジョンの終わりで終わっていません。</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range overlaps the revision covered by an earlier signature.</source>
        <translation>電子署名のバイト範囲が、以前の電子署名の対象リビジョンと重なっています。</translation>
    </message>
    <message>
        <source>The document was changed after the document timestamp: its imprint does not match.</source>
        <translation>文書タイムスタンプの後に文書が変更されています。メッセージインプリントが一致しません。</translation>
    </message>
    <message>
        <source>The signature value in the PDF is not a readable CMS signature.</source>
        <translation>PDF 内の署名値が読み取り可能な CMS 署名ではありません。</translation>
    </message>
    <message>
        <source>The PDF file is damaged (its structure cannot be read), so its signatures cannot be verified.</source>
        <translation>PDF ファイルが破損している（構造を読み取れない）ため、電子署名を検証できません。</translation>
    </message>
    <message>
        <source>revision %1 of %2 (bytes 0 to %3 of %4)</source>
        <translation>リビジョン %1 / %2（%4 バイト中 0～%3 バイト）</translation>
    </message>
    <message>
        <source>bytes 0 to %1 of %2</source>
        <translation>%2 バイト中 0～%1 バイト</translation>
    </message>
    <message>
        <source>The document was changed after this signature in ways a signature does not allow: %1.</source>
        <translation>この電子署名の後に、電子署名では許可されない方法で文書が変更されています：%1。</translation>
    </message>
    <message>
        <source>The document was changed after it was certified in a way the certification does not permit.</source>
        <translation>文書が認証された後に、認証で許可されていない方法で変更されています。</translation>
    </message>
    <message>
        <source>Pages were added to or removed from the document after it was signed.</source>
        <translation>電子署名の後に文書のページが追加または削除されています。</translation>
    </message>
    <message>
        <source>Changes made after this signature could not be analysed: %1</source>
        <translation>この電子署名の後に加えられた変更を分析できませんでした：%1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>Result (EN 319 102-1)</source>
        <translation>結果（EN 319 102-1）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation>署名者の証明書</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>信頼アンカー</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>申告された署名日時</translation>
    </message>
    <message>
        <source>%1 by %2%3</source>
        <translation>%1、発行：%2%3</translation>
    </message>
    <message>
        <source>an unknown authority</source>
        <translation>不明な発行者</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>署名後の変更</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Changes after signing</source>
        <translation>署名後の変更内容</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>検証日時</translation>
    </message>
    <message>
        <source>Signature verification report</source>
        <translation>電子署名検証レポート</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Online checks</source>
        <translation>オンライン確認</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>信頼アンカー</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>No signature was found in this file.</source>
        <translation>このファイルに電子署名が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The timestamp is not a readable RFC 3161 token.</source>
        <translation>タイムスタンプが読み取り可能な RFC 3161 トークンではありません。</translation>
    </message>
    <message>
        <source>The timestamp token does not contain timestamp information (TSTInfo).</source>
        <translation>タイムスタンプトークンにタイムスタンプ情報（TSTInfo）が含まれていません。</translation>
    </message>
    <message>
        <source>The timestamp information (TSTInfo) cannot be read.</source>
        <translation>タイムスタンプ情報（TSTInfo）を読み取れません。</translation>
    </message>
    <message>
        <source>The timestamp does not cover this signature (its message imprint differs).</source>
        <translation>タイムスタンプがこの電子署名を対象としていません（メッセージインプリントが異なります）。</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s certificate is not in the timestamp.</source>
        <translation>タイムスタンプにタイムスタンプ局の証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The timestamp&apos;s own signature is not valid.</source>
        <translation>タイムスタンプ自体の電子署名が有効ではありません。</translation>
    </message>
    <message>
        <source>The timestamp was issued by a certificate that is not a timestamping certificate.</source>
        <translation>タイムスタンプが、タイムスタンプ用ではない証明書で発行されています。</translation>
    </message>
    <message>
        <source>The timestamp was made outside the validity of the timestamp authority&apos;s certificate.</source>
        <translation>タイムスタンプが、タイムスタンプ局の証明書の有効期間外に発行されています。</translation>
    </message>
    <message>
        <source>The trust anchor file could not be read.</source>
        <translation>信頼アンカーのファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The trust anchor file contains no certificate.</source>
        <translation>信頼アンカーのファイルに証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The trust anchor file or folder does not exist.</source>
        <translation>信頼アンカーのファイルまたはフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>The trust anchor folder contains no certificate.</source>
        <translation>信頼アンカーのフォルダーに証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The file is too large to be verified.</source>
        <translation>ファイルが大きすぎるため検証できません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is not a PDF, an XML document or a CMS signature.</source>
        <translation>このファイルは PDF、XML 文書、CMS 署名のいずれでもありません。</translation>
    </message>
    <message>
        <source>The signed data was changed after signing: reference &quot;%1&quot; does not match its digest.</source>
        <translation>署名されたデータが署名後に変更されています。参照「%1」がダイジェストと一致しません。</translation>
    </message>
    <message>
        <source>The signed data could not be found: reference &quot;%1&quot; (%2).</source>
        <translation>署名されたデータが見つかりません：参照「%1」（%2）。</translation>
    </message>
    <message>
        <source>The signature is malformed: reference &quot;%1&quot; is ambiguous (%2).</source>
        <translation>電子署名の形式が正しくありません：参照「%1」があいまいです（%2）。</translation>
    </message>
    <message>
        <source>The signature&apos;s reference &quot;%1&quot; cannot be processed (%2).</source>
        <translation>電子署名の参照「%1」を処理できません（%2）。</translation>
    </message>
    <message>
        <source>The signature is malformed: SignedInfo or SignatureValue is missing.</source>
        <translation>電子署名の形式が正しくありません：SignedInfo または SignatureValue がありません。</translation>
    </message>
    <message>
        <source>The signature uses an unsupported canonicalization method.</source>
        <translation>電子署名が、対応していない正規化方式を使用しています。</translation>
    </message>
    <message>
        <source>The signature uses an unsupported signature method (%1).</source>
        <translation>電子署名が、対応していない署名方式を使用しています（%1）。</translation>
    </message>
    <message>
        <source>The signature value is not valid Base64.</source>
        <translation>署名値が正しい Base64 ではありません。</translation>
    </message>
    <message>
        <source>A certificate in the signature&apos;s KeyInfo cannot be read.</source>
        <translation>電子署名の KeyInfo 内の証明書を読み取れません。</translation>
    </message>
    <message>
        <source>The signed properties the signature refers to are not its own (a signature wrapping attack).</source>
        <translation>電子署名が参照する署名プロパティがその電子署名自身のものではありません（署名ラッピング攻撃）。</translation>
    </message>
    <message>
        <source>The signed manifest is not where the signature keeps its objects (a signature wrapping attack).</source>
        <translation>署名されたマニフェストが、電子署名のオブジェクトの格納場所にありません（署名ラッピング攻撃）。</translation>
    </message>
    <message>
        <source>The manifest entry &quot;%1&quot; was not checked: its data is not available.</source>
        <translation>マニフェストの項目「%1」は確認していません。データを利用できません。</translation>
    </message>
    <message>
        <source>The counter-signature does not sign the signature value it claims to counter-sign.</source>
        <translation>副署名が、対象とする署名値に署名していません。</translation>
    </message>
    <message>
        <source>The signature does not cover its own signed properties, so it is not a valid XAdES signature.</source>
        <translation>電子署名が自身の署名プロパティを対象としていないため、有効な XAdES 署名ではありません。</translation>
    </message>
    <message>
        <source>The signature does not sign any data.</source>
        <translation>電子署名がどのデータにも署名していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in the XML signature</source>
        <translation>
            <numerusform>XML 署名内の %n 個の参照</numerusform>
        </translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be identified: no certificate matches the signing certificate digest in the signed properties.</source>
        <translation>署名者の証明書を特定できませんでした。署名プロパティ内の署名証明書ダイジェストに一致する証明書がありません。</translation>
    </message>
    <message>
        <source>The signature carries no certificate, so its signer cannot be identified.</source>
        <translation>電子署名に証明書が含まれていないため、署名者を特定できません。</translation>
    </message>
    <message>
        <source>The signed properties do not name the signing certificate.</source>
        <translation>署名プロパティに署名証明書が記載されていません。</translation>
    </message>
    <message>
        <source>The signature value does not match the signed information and the signer&apos;s key.</source>
        <translation>署名値が署名情報および署名者の鍵と一致しません。</translation>
    </message>
    <message>
        <source>A signature timestamp cannot be read.</source>
        <translation>署名タイムスタンプを読み取れません。</translation>
    </message>
    <message>
        <source>An archive timestamp cannot be read.</source>
        <translation>アーカイブタイムスタンプを読み取れません。</translation>
    </message>
    <message>
        <source>An archive timestamp is not valid: %1</source>
        <translation>アーカイブタイムスタンプが有効ではありません：%1</translation>
    </message>
    <message>
        <source>The signing certificate is missing.</source>
        <translation>署名証明書がありません。</translation>
    </message>
    <message>
        <source>The signing certificate could not be read.</source>
        <translation>署名証明書を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The XML document is too large to be signed enveloped; sign it detached instead.</source>
        <translation>XML 文書が大きすぎるため、エンベロープ形式で電子署名できません。代わりにデタッチ形式で署名してください。</translation>
    </message>
    <message>
        <source>The signature&apos;s digest algorithm is too weak.</source>
        <translation>電子署名のダイジェストアルゴリズムが弱すぎます。</translation>
    </message>
    <message>
        <source>The document is not well-formed XML, so it cannot be signed enveloped.</source>
        <translation>文書が整形式の XML ではないため、エンベロープ形式で電子署名できません。</translation>
    </message>
    <message>
        <source>The XML document has no root element.</source>
        <translation>XML 文書にルート要素がありません。</translation>
    </message>
    <message>
        <source>The signature could not be built.</source>
        <translation>電子署名を作成できませんでした。</translation>
    </message>
    <message>
        <source>The document already uses an Id that the signature needs.</source>
        <translation>電子署名に必要な Id が、文書ですでに使われています。</translation>
    </message>
    <message>
        <source>The signature was not prepared.</source>
        <translation>電子署名の準備ができていません。</translation>
    </message>
    <message>
        <source>The signature service returned no usable signature value.</source>
        <translation>リモート署名サービスから使用できる署名値が返されませんでした。</translation>
    </message>
    <message>
        <source>The signature service returned a malformed signature value.</source>
        <translation>リモート署名サービスが形式の正しくない署名値を返しました。</translation>
    </message>
    <message>
        <source>The XML could not be canonicalized.</source>
        <translation>XML を正規化できませんでした。</translation>
    </message>
    <message>
        <source>The XML document is too large to be verified safely.</source>
        <translation>XML 文書が大きすぎるため、安全に検証できません。</translation>
    </message>
    <message>
        <source>The XML parser could not be started.</source>
        <translation>XML パーサーを開始できませんでした。</translation>
    </message>
    <message>
        <source>The XML document declares entities in a DOCTYPE; such documents are refused because they can hide content or exhaust memory.</source>
        <translation>XML 文書の DOCTYPE でエンティティが宣言されています。内容を隠したりメモリを使い果たしたりするおそれがあるため、このような文書は受け付けません。</translation>
    </message>
    <message>
        <source>The XML document refers to an external DTD; such documents are refused because they could make the verifier load outside content.</source>
        <translation>XML 文書が外部 DTD を参照しています。検証時に外部の内容を読み込ませるおそれがあるため、このような文書は受け付けません。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML.</source>
        <translation>ファイルが整形式の XML ではありません。</translation>
    </message>
    <message>
        <source>The XML document is nested too deeply to be verified.</source>
        <translation>XML 文書の入れ子が深すぎるため検証できません。</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>certificate validity period</comment>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>The file could not be read as a PDF. It may be damaged or not a PDF at all.</source>
        <translation>ファイルを PDF として読み取れませんでした。破損しているか、PDF ファイルではない可能性があります。</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so it cannot be shown. Save a copy without the password in your PDF reader and add that copy instead.</source>
        <translation>この PDF はパスワードで保護されているため、表示できません。PDF リーダーでパスワードなしのコピーを保存し、代わりにそのコピーを追加してください。</translation>
    </message>
    <message>
        <source>This PDF has no pages that can be shown. It may be damaged.</source>
        <translation>この PDF には表示できるページがありません。破損している可能性があります。</translation>
    </message>
    <message>
        <source>The file could not be opened. It may have been moved or deleted.</source>
        <translation>ファイルを開けませんでした。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>This page does not exist in the document.</source>
        <translation>このページは文書内に存在しません。</translation>
    </message>
    <message>
        <source>This page could not be shown. It may be damaged.</source>
        <translation>このページを表示できませんでした。破損している可能性があります。</translation>
    </message>
    <message>
        <source>This XML document declares entities or refers to an external DTD, so it is not shown: such documents can hide content or load data from elsewhere.</source>
        <translation>この XML 文書はエンティティを宣言しているか外部 DTD を参照しているため、表示しません。このような文書は内容を隠したり、外部からデータを読み込んだりするおそれがあります。</translation>
    </message>
    <message>
        <source>This XML document is too large or too deeply nested to be shown.</source>
        <translation>この XML 文書は大きすぎるか入れ子が深すぎるため、表示できません。</translation>
    </message>
    <message>
        <source>This file is not well-formed XML, so it cannot be shown as XML.</source>
        <translation>このファイルは整形式の XML ではないため、XML として表示できません。</translation>
    </message>
    <message>
        <source>This XML document is too large to be shown (%1; up to %2 can be shown).</source>
        <translation>この XML 文書は大きすぎるため表示できません（%1。表示できるのは %2 までです）。</translation>
    </message>
    <message>
        <source>form fields were added or removed</source>
        <translation>フォームフィールドの追加または削除</translation>
    </message>
    <message>
        <source>signature object %1 (not reached from the form fields)</source>
        <translation>署名オブジェクト %1（フォームフィールドから参照されていないもの）</translation>
    </message>
    <message>
        <source>The report could not be saved to %1. Choose another folder and try again.</source>
        <translation>レポートを %1 に保存できませんでした。別のフォルダーを選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to any certificate authority of the operating system&apos;s trust store, and no trust anchors are configured.</source>
        <translation>署名者の証明書が OS の信頼ストアのどの認証局にもつながらず、信頼アンカーも設定されていません。</translation>
    </message>
    <message>
        <source>The signer is trusted only through the operating system&apos;s web certificate authorities, which are meant for web sites, not for document signatures.</source>
        <translation>署名者は OS の Web 用認証局によってのみ信頼されています。これらの認証局は Web サイト向けのもので、文書の電子署名向けではありません。</translation>
    </message>
    <message numerus="yes">
        <source>only the operating system&apos;s trust store (%n certificate(s))</source>
        <translation>
            <numerusform>OS の信頼ストアのみ（証明書 %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and the operating system&apos;s trust store (%n certificate(s))</source>
        <translation>
            <numerusform>および OS の信頼ストア（証明書 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The operating system&apos;s trust store could not be read or contains no certificate.</source>
        <translation>OS の信頼ストアを読み取れないか、証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The certificate-values attribute of the signature is malformed; the certificates in it were not used.</source>
        <translation>署名の certificate-values 属性の形式が正しくないため、その中の証明書は使用しませんでした。</translation>
    </message>
    <message>
        <source>The revocation-values attribute of the signature is malformed; the CRLs and OCSP responses in it were not used.</source>
        <translation>署名の revocation-values 属性の形式が正しくないため、その中の CRL と OCSP レスポンスは使用しませんでした。</translation>
    </message>
    <message>
        <source>The signature has an archive time-stamp (archive-time-stamp-v3), which was not checked; the signature&apos;s level is therefore given as B-LT at most.</source>
        <translation>署名にはアーカイブタイムスタンプ（archive-time-stamp-v3）が含まれていますが、検証していません。そのため、署名のレベルは最大で B-LT としています。</translation>
    </message>
    <message>
        <source>yes: the signed content no longer matches the signature</source>
        <translation>あり（署名された内容が署名と一致しません）</translation>
    </message>
    <message>
        <source>yes: changes were added after signing</source>
        <translation>あり（署名後に変更が追加されています）</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>確認できません</translation>
    </message>
    <message>
        <source>PDF document time-stamp</source>
        <translation>PDF 文書タイムスタンプ</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>失効していません</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>unknown to the responder</source>
        <translation>応答者にとって不明</translation>
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
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>文書全体</translation>
    </message>
    <message>
        <source>Signature time-stamp</source>
        <translation>署名タイムスタンプ</translation>
    </message>
    <message>
        <source>Document time-stamp</source>
        <translation>文書タイムスタンプ</translation>
    </message>
    <message>
        <source>Archive time-stamp</source>
        <translation>アーカイブタイムスタンプ</translation>
    </message>
    <message>
        <source>This file needs more work than a signature check should: it may be built to exhaust the verifier.</source>
        <translation>このファイルは署名の検証に通常必要な範囲を超える処理を要求しています。検証機能を消耗させる目的で作られたファイルの可能性があります。</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket), so it is not read.</source>
        <translation>通常のファイルではない（デバイス、パイプまたはソケット）ため、読み込みません。</translation>
    </message>
    <message>
        <source>The signed document could not be read back after preparing it, so it was not signed. The original file is unchanged.</source>
        <translation>準備した署名付き文書を読み直せなかったため、署名しませんでした。元のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>No signature service (CSC API) answered at %1. Check the service address.</source>
        <translation>%1 ではリモート署名サービス（CSC API）が応答しませんでした。サービスのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>one-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>The signature service did not accept %1; the detail says why. Contact the provider if it persists.</source>
        <translation>リモート署名サービスが %1 を受け付けませんでした。理由は詳細に記載されています。解決しない場合は事業者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The signature service refused the request. Contact the provider.</source>
        <translation>リモート署名サービスが要求を拒否しました。事業者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The signature service refused %1. The login worked, but this account or signing key may not be allowed to do this; contact the provider.</source>
        <translation>リモート署名サービスが %1 を拒否しました。ログインは成功していますが、このアカウントまたは署名鍵にはこの操作が許可されていない可能性があります。事業者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The signature service does not offer this function.</source>
        <translation>リモート署名サービスはこの機能を提供していません。</translation>
    </message>
    <message>
        <source>The signature service does not offer %1.</source>
        <translation>リモート署名サービスは %1 を提供していません。</translation>
    </message>
    <message>
        <source>A PIN or one-time password is needed and was not given.</source>
        <translation>PIN またはワンタイムパスワードが必要ですが、入力されていません。</translation>
    </message>
    <message>
        <source>The %1 is needed for this signing key and was not given, so nothing was sent.</source>
        <translation>この署名鍵には%1が必要ですが入力されていないため、何も送信していません。</translation>
    </message>
    <message>
        <source>The provider profile %1 cannot be used: %2</source>
        <translation>事業者プロファイル %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>one-time password (authenticator app)</source>
        <translation>ワンタイムパスワード（認証アプリ）</translation>
    </message>
    <message>
        <source>one-time password (sent by the service)</source>
        <translation>ワンタイムパスワード（サービスから送信）</translation>
    </message>
    <message>
        <source>login page in the browser</source>
        <translation>ブラウザーのログインページ</translation>
    </message>
    <message>
        <source>API versions</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>No CSC API answered at this address: check the URL.</source>
        <translation>このアドレスでは CSC API が応答しませんでした。URL を確認してください。</translation>
    </message>
    <message>
        <source>Answering: %1.</source>
        <translation>応答あり: %1。</translation>
    </message>
    <message>
        <source>Connection and TLS</source>
        <translation>接続と TLS</translation>
    </message>
    <message numerus="yes">
        <source>Certificate of %1 from %2 verified, host name matches, valid for %n more day(s). Key pin (--pin-sha256): %3.</source>
        <translation>
            <numerusform>%2 が発行した %1 の証明書を検証しました。ホスト名は一致し、有効期限まであと %n 日です。鍵のピン（--pin-sha256）: %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時刻</translation>
    </message>
    <message numerus="yes">
        <source>The service&apos;s clock differs from this computer&apos;s by %n second(s).</source>
        <translation>
            <numerusform>サービスの時刻とこのコンピューターの時刻の差は %n 秒です。</numerusform>
        </translation>
    </message>
    <message>
        <source>One-time passwords from an authenticator app may be refused; set this computer&apos;s clock.</source>
        <translation>認証アプリのワンタイムパスワードが拒否される可能性があります。このコンピューターの時刻を合わせてください。</translation>
    </message>
    <message>
        <source>Service information</source>
        <translation>サービス情報</translation>
    </message>
    <message>
        <source>%1, CSC %2 at %3; login: %4.</source>
        <translation>%1、CSC %2（%3）。ログイン方式: %4。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名称なし）</translation>
    </message>
    <message>
        <source>info.methods does not list %1.</source>
        <translation>info.methods に %1 がありません。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>No user name given: login and credentials not checked.</source>
        <translation>ユーザー名が指定されていないため、ログインと署名鍵は確認していません。</translation>
    </message>
    <message numerus="yes">
        <source>Logged in as %1 (HTTP Basic); the session lasts %n second(s).</source>
        <translation>
            <numerusform>%1 としてログインしました（HTTP Basic）。セッションの有効時間は %n 秒です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <source>This account has no signing credential.</source>
        <translation>このアカウントには署名鍵がありません。</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>署名鍵 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %3 authorization with %4; up to %n document(s) per authorization; SCAL%5, key-authorization level %6 (JT2A).</source>
        <translation>
            <numerusform>%2 の %1: %4 による %3 認可。1 回の認可で最大 %n 文書。SCAL%5、鍵認可レベル %6（JT2A）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: %1.</source>
        <translation>任意: %1。</translation>
    </message>
    <message>
        <source>Cannot sign: %1.</source>
        <translation>署名できません: %1。</translation>
    </message>
    <message>
        <source>The certificate expires on %1.</source>
        <translation>証明書は %1 に失効します。</translation>
    </message>
    <message>
        <source>Below key-authorization level 2 of the JT2A guideline.</source>
        <translation>JT2A ガイドラインの鍵認可レベル 2 に達していません。</translation>
    </message>
    <message>
        <source>Time-stamps</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <source>The service offers no time-stamps (signatures/timestamp): B-T needs a separate TSA URL.</source>
        <translation>このサービスはタイムスタンプ（signatures/timestamp）を提供していません。B-T には別の TSA の URL が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>signatures/timestamp answered with a token of %n byte(s).</source>
        <translation>
            <numerusform>signatures/timestamp が %n バイトのトークンを返しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The signer&apos;s certificates name no OCSP or CRL address.</source>
        <translation>署名者の証明書に OCSP または CRL のアドレスがありません。</translation>
    </message>
    <message>
        <source>Revocation (%1)</source>
        <translation>失効情報（%1）</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2); verifiers will not be able to check revocation.</source>
        <translation>%1 に接続できません（%2）。検証者は失効を確認できません。</translation>
    </message>
    <message>
        <source>%1 answers (HTTP %2).</source>
        <translation>%1 は応答しました（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2.</source>
        <translation>%1 は HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>Suggested by the connection self-test for %1.</source>
        <translation>%1 に対する接続テストが提案したプロファイルです。</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Session ended (auth/revoke when offered).</source>
        <translation>セッションを終了しました（提供されていれば auth/revoke）。</translation>
    </message>
    <message>
        <source>The service did not accept the end of the session: %1</source>
        <translation>サービスがセッションの終了を受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>Time-stamp authority</source>
        <translation>タイムスタンプ局</translation>
    </message>
    <message>
        <source>The signed attributes are not in DER order; the signature value was checked over them as received.</source>
        <translation>署名属性が DER の順序になっていません。署名値は受け取ったままの順序で検証しました。</translation>
    </message>
    <message>
        <source>The signature uses an algorithm combination the standards forbid (%1).</source>
        <translation>この署名は、規格で認められていないアルゴリズムの組み合わせを使っています（%1）。</translation>
    </message>
    <message>
        <source>the interactive form was changed (%1)</source>
        <translation>フォームの定義が変更されました（%1）</translation>
    </message>
    <message>
        <source>the document catalog was changed (%1)</source>
        <translation>文書カタログが変更されました（%1）</translation>
    </message>
    <message>
        <source>a form field was added (object %1)</source>
        <translation>フォームフィールドが追加されました（オブジェクト %1）</translation>
    </message>
    <message>
        <source>a signed signature field now points at another signature dictionary (object %1)</source>
        <translation>署名済みの署名フィールドが別の署名辞書を指すように変更されました（オブジェクト %1）</translation>
    </message>
    <message>
        <source>the definition of a signature field was changed (%1)</source>
        <translation>署名フィールドの定義が変更されました（%1）</translation>
    </message>
    <message>
        <source>the definition of a form field was changed (%1)</source>
        <translation>フォームフィールドの定義が変更されました（%1）</translation>
    </message>
    <message>
        <source>a form field locked by a signature (FieldMDP) was changed: %1</source>
        <translation>署名でロックされたフォームフィールド（FieldMDP）が変更されました: %1</translation>
    </message>
    <message>
        <source>a page was added or removed (page %1)</source>
        <translation>ページが追加または削除されました（%1 ページ）</translation>
    </message>
    <message>
        <source>page resources extended for a signature appearance</source>
        <translation>署名の外観のためにページのリソースが追加されました</translation>
    </message>
    <message>
        <source>the content of page %1 was changed (/%2)</source>
        <translation>%1 ページの内容が変更されました（/%2）</translation>
    </message>
    <message>
        <source>the document catalog was removed</source>
        <translation>文書カタログが削除されました</translation>
    </message>
    <message>
        <source>the document&apos;s tag structure was updated</source>
        <translation>文書のタグ構造が更新されました</translation>
    </message>
    <message>
        <source>the interactive form was removed</source>
        <translation>フォームの定義が削除されました</translation>
    </message>
    <message>
        <source>form resources updated</source>
        <translation>フォームのリソースが更新されました</translation>
    </message>
    <message>
        <source>a form field was removed (object %1)</source>
        <translation>フォームフィールドが削除されました（オブジェクト %1）</translation>
    </message>
    <message>
        <source>an existing signature dictionary was changed (object %1: %2)</source>
        <translation>既存の署名辞書が変更されました（オブジェクト %1: %2）</translation>
    </message>
    <message>
        <source>an appearance stream was replaced while its field stayed unchanged (object %1)</source>
        <translation>フィールドは変わらないまま外観ストリームが置き換えられました（オブジェクト %1）</translation>
    </message>
    <message>
        <source>the page tree was changed (%1)</source>
        <translation>ページツリーが変更されました（%1）</translation>
    </message>
    <message>
        <source>the content of page %1 was changed (object %2)</source>
        <translation>%1 ページの内容が変更されました（オブジェクト %2）</translation>
    </message>
    <message>
        <source>resources shared by pages were changed (object %1)</source>
        <translation>複数ページで共有されるリソースが変更されました（オブジェクト %1）</translation>
    </message>
    <message>
        <source>a document-level object was changed (object %1)</source>
        <translation>文書全体に関わるオブジェクトが変更されました（オブジェクト %1）</translation>
    </message>
    <message>
        <source>an appearance stream that is also used elsewhere in the document was changed (object %1)</source>
        <translation>文書の別の場所でも使われている外観ストリームが変更されました（オブジェクト %1）</translation>
    </message>
    <message>
        <source>the document is too large to be analysed completely</source>
        <translation>文書が大きすぎるため、変更をすべて分析できませんでした</translation>
    </message>
    <message>
        <source>The signature claims to be detached (%1) but carries signed content of its own, so it does not sign this document&apos;s bytes.</source>
        <translation>この署名は分離型（%1）とされていますが、署名対象の内容を内部に持っているため、この文書のバイト列には署名していません。</translation>
    </message>
    <message>
        <source>The field %1 holds a time-stamp token in a dictionary of type /Sig; it is neither a signature nor a document timestamp (that needs /Type /DocTimeStamp) and was not used.</source>
        <translation>フィールド %1 は /Type /Sig の辞書にタイムスタンプトークンを持っています。これは署名でも文書タイムスタンプ（/Type /DocTimeStamp が必要）でもないため、使用しませんでした。</translation>
    </message>
    <message>
        <source>The document looks different from what was signed on page(s) %1: the page content of the signed revision and of the final document differ.</source>
        <translation>%1 ページの表示が署名されたときと異なります。署名された版と最終版とでページの内容が違います。</translation>
    </message>
    <message>
        <source>Annotations added after this signature cover signed page content on page(s) %1.</source>
        <translation>この署名の後に追加された注釈が、%1 ページで署名された内容の上に重なっています。</translation>
    </message>
    <message>
        <source>The signature field now shows a signature dictionary that was not signed: a later revision replaced it.</source>
        <translation>署名フィールドが、署名されていない署名辞書を表示しています。後の版で置き換えられました。</translation>
    </message>
    <message>
        <source>The signature dictionary was changed after signing (%1): what is shown is not what was signed.</source>
        <translation>署名後に署名辞書が変更されました（%1）。表示されている内容は署名されたものではありません。</translation>
    </message>
    <message>
        <source>Annotations overlap each other on page(s) %1, so one may hide another or the content under it.</source>
        <translation>%1 ページで注釈同士が重なっており、別の注釈やその下の内容を隠している可能性があります。</translation>
    </message>
    <message>
        <source>The signature carries an unsigned object shaped like the signed one (a signature wrapping attack): what a viewer shows may not be what was signed.</source>
        <translation>この署名は、署名済みのものと同じ形の署名されていないオブジェクトを含んでいます（署名ラッピング攻撃）。表示される内容が署名されたものとは限りません。</translation>
    </message>
    <message>
        <source>The signature signs only data inside itself, not the document it is in: what a viewer shows as the document is not signed.</source>
        <translation>この署名は自分の内部のデータにしか署名しておらず、それを含む文書には署名していません。文書として表示される内容は署名されていません。</translation>
    </message>
    <message>
        <source>partial: only the signature&apos;s own objects, not the document</source>
        <translation>一部のみ: 署名自身のオブジェクトだけで、文書には及びません</translation>
    </message>
    <message>
        <source>A reference says it signs an object of the signature but points at an element elsewhere in the document (a signature wrapping attack).</source>
        <translation>参照は署名内のオブジェクトに署名するとしていますが、文書の別の場所の要素を指しています（署名ラッピング攻撃）。</translation>
    </message>
    <message>
        <source>The sealing key file cannot be read.</source>
        <translation>封印用の鍵ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>The sealing key file is not a PKCS#12 file or its password is wrong.</source>
        <translation>封印用の鍵ファイルが PKCS#12 ファイルではないか、パスワードが違います。</translation>
    </message>
    <message>
        <source>The report could not be sealed.</source>
        <translation>レポートに封印（署名）できませんでした。</translation>
    </message>
    <message>
        <source>There is nothing to open.</source>
        <translation>開くものがありません。</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was moved or deleted.</source>
        <translation>%1 が見つかりません。移動または削除されています。</translation>
    </message>
    <message>
        <source>No application on this computer opened %1. Open it from its folder: %2</source>
        <translation>%1 を開けるアプリがこのコンピューターにありません。フォルダーから開いてください: %2</translation>
    </message>
    <message numerus="yes">
        <source>The one-time password has expired. Wait until your authenticator shows the next code (or ask for a new one), then enter that one. %n attempt(s) left before the signing key is locked.</source>
        <translation>
            <numerusform>ワンタイムパスワードの有効期限が切れています。認証アプリに次のコードが表示されるまで待つか（または新しいコードを要求して）、そのコードを入力してください。署名鍵がロックされるまであと %n 回です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-time password has expired. Wait until your authenticator shows the next code (or ask for a new one), then enter that one.</source>
        <translation>ワンタイムパスワードの有効期限が切れています。認証アプリに次のコードが表示されるまで待つか（または新しいコードを要求して）、そのコードを入力してください。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Add at least one document to sign.</source>
        <translation>署名する文書を 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>This program cannot sign in the format &quot;%1&quot;.</source>
        <translation>このプログラムは形式「%1」で署名できません。</translation>
    </message>
    <message>
        <source>This program cannot make signatures at level %1.</source>
        <translation>このプログラムはレベル %1 の署名を作成できません。</translation>
    </message>
    <message>
        <source>Give one output name per document, or none.</source>
        <translation>出力ファイル名は文書ごとに 1 つ指定するか、指定しないでください。</translation>
    </message>
    <message>
        <source>No signature format of this program can sign this kind of file.</source>
        <translation>この種類のファイルに署名できる署名形式がありません。</translation>
    </message>
    <message>
        <source>%1 signatures cannot be %2.</source>
        <translation>%1 署名は「%2」にできません。</translation>
    </message>
    <message>
        <source>Only PDF documents can be signed as PAdES. Choose XAdES for this file.</source>
        <translation>PAdES で署名できるのは PDF 文書だけです。このファイルには XAdES を選んでください。</translation>
    </message>
    <message>
        <source>A PAdES signature is always inside the PDF; choose another format for a separate signature file.</source>
        <translation>PAdES 署名は常に PDF の内部に入ります。署名を別ファイルにするには別の形式を選んでください。</translation>
    </message>
    <message>
        <source>%1 signatures cannot be made at level %2 by this program. Choose another level.</source>
        <translation>このプログラムは %1 署名をレベル %2 で作成できません。別のレベルを選んでください。</translation>
    </message>
    <message>
        <source>The time-stamp service did not answer in time. Try again later.</source>
        <translation>タイムスタンプサービスが時間内に応答しませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Only an XML document can hold its own signature (enveloped). Choose detached or enveloping for this file.</source>
        <translation>署名を文書の内部に入れられる（エンベロープド）のは XML 文書だけです。このファイルにはデタッチドかエンベローピングを選んでください。</translation>
    </message>
    <message>
        <source>The trusted certificates could not be loaded.</source>
        <translation>信頼する証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Choose a signature service in Settings first.</source>
        <translation>先に「設定」でリモート署名サービスを選んでください。</translation>
    </message>
    <message>
        <source>No signature was found in the output.</source>
        <translation>出力ファイルに電子署名が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Your administrator has fixed the setting &quot;%1&quot;; it cannot be changed here.</source>
        <translation>設定「%1」は管理者が固定しているため、ここでは変更できません。</translation>
    </message>
    <message>
        <source>Your administrator allows only the signature services in the policy; this one is not among them.</source>
        <translation>管理者はポリシーにあるリモート署名サービスのみを許可しています。このサービスは含まれていません。</translation>
    </message>
    <message>
        <source>The signature level must be one of B-B, B-T, B-LT or B-LTA.</source>
        <translation>電子署名のレベルは B-B、B-T、B-LT、B-LTA のいずれかにしてください。</translation>
    </message>
    <message>
        <source>A signature with a time-stamp needs the trusted certificates that its time-stamp is checked against. Choose the trust anchors in Settings (sic-cli: --tsa-trust).</source>
        <translation>タイムスタンプ付きの署名には、タイムスタンプを検証するための信頼する証明書が必要です。設定で信頼アンカーを選んでください（sic-cli では --tsa-trust）。</translation>
    </message>
</context>
<context>
    <name>sic::ui::CredentialsViewModel</name>
    <message>
        <source>Ready to sign</source>
        <translation>署名できます</translation>
    </message>
    <message>
        <source>Expired: the certificate is no longer valid</source>
        <translation>期限切れ：証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>Not yet valid: the certificate&apos;s validity has not started</source>
        <translation>有効期間前：証明書の有効期間がまだ始まっていません</translation>
    </message>
    <message>
        <source>Revoked: the certificate was revoked by its issuer</source>
        <translation>失効：証明書が発行者によって失効されています</translation>
    </message>
    <message>
        <source>Suspended: the certificate is on hold</source>
        <translation>一時停止：証明書が一時停止されています</translation>
    </message>
    <message>
        <source>Disabled: the signature service has disabled this key</source>
        <translation>無効化：リモート署名サービスがこの署名鍵を無効にしています</translation>
    </message>
    <message>
        <source>Unusable: the service sent no certificate for this key</source>
        <translation>使用不可：リモート署名サービスからこの署名鍵の証明書が送られていません</translation>
    </message>
    <message>
        <source>Unusable: the service did not confirm that the certificate is valid</source>
        <translation>使用不可：リモート署名サービスが証明書の有効性を確認していません</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>one-time password (authenticator app)</source>
        <translation>ワンタイムパスワード（認証アプリ）</translation>
    </message>
    <message>
        <source>one-time password (sent to you)</source>
        <translation>ワンタイムパスワード（送信されたコード）</translation>
    </message>
    <message>
        <source>sign-in in the browser</source>
        <translation>ブラウザーでのサインイン</translation>
    </message>
    <message>
        <source>Level %1: multi-factor authorization, separate from the sign-in</source>
        <translation>レベル %1：サインインとは別の多要素による鍵の認可</translation>
    </message>
    <message>
        <source>Level %1: single-factor authorization</source>
        <translation>レベル %1：単一要素による鍵の認可</translation>
    </message>
    <message>
        <source>This key cannot sign. %1.</source>
        <translation>この署名鍵では署名できません。%1。</translation>
    </message>
    <message>
        <source>This key is not in the list of the signature service. Sign in again.</source>
        <translation>この署名鍵はリモート署名サービスの一覧にありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>%1 (serial …%2)</source>
        <translation>%1（シリアル番号 …%2）</translation>
    </message>
</context>
<context>
    <name>sic::ui::DocumentsViewModel</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is a folder; add the files inside it instead.</source>
        <translation>「%1」はフォルダーです。フォルダー内のファイルを追加してください。</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>「%1」はすでに一覧にあります。</translation>
    </message>
</context>
<context>
    <name>sic::ui::HistoryViewModel</name>
    <message>
        <source>The history is intact: no entry was changed or removed.</source>
        <translation>履歴は改ざんされていません。変更または削除された記録はありません。</translation>
    </message>
    <message>
        <source>The history was changed outside the app, starting at entry %1.</source>
        <translation>履歴がアプリの外で変更されています（記録 %1 以降）。</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>sic::ui::LoginViewModel</name>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1 にサインインしています…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%2 として %1 にサインインしています。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 until %3.</source>
        <translation>%2 として %1 にサインインしています（%3 まで）。</translation>
    </message>
    <message numerus="yes">
        <source>The session ends after %n minute(s) without activity.</source>
        <translation>
            <numerusform>操作がないまま %n 分経過するとセッションが終了します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sic::ui::OptionsViewModel</name>
    <message>
        <source>By file type (PDF as PAdES, others as XAdES)</source>
        <translation>ファイルの種類に応じて（PDF は PAdES、その他は XAdES）</translation>
    </message>
</context>
<context>
    <name>sic::ui::PreviewViewModel</name>
    <message>
        <source>The file could not be opened. It may have been moved or deleted.</source>
        <translation>ファイルを開けませんでした。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>文書 %1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 バイト）</translation>
    </message>
    <message>
        <source>The file is encoded in %1; it is shown converted to Unicode.</source>
        <translation>このファイルの文字コードは %1 です。Unicode に変換して表示しています。</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 characters are shown. Open the file in an XML editor to read the rest.</source>
        <translation>%2 文字のうち先頭の %1 文字だけを表示しています。残りを読むには、XML エディターでファイルを開いてください。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Checked: this is the document you intend to sign (SHA-256 %1).</source>
        <translation>確認済み：署名しようとしている文書です（SHA-256 %1）。</translation>
    </message>
    <message>
        <source>This document could not be shown, so it cannot be confirmed. Remove it from the list or replace it with a readable copy.</source>
        <translation>この文書は表示できないため、確認済みにできません。一覧から削除するか、読み取り可能なコピーに置き換えてください。</translation>
    </message>
    <message>
        <source>Wait until the document has been read and its hash computed.</source>
        <translation>文書の読み込みとハッシュの計算が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Check the whole document. Confirm it only if it is exactly what you intend to sign.</source>
        <translation>文書全体を確認してください。署名しようとしている内容とまったく同じである場合にのみ、確認済みにしてください。</translation>
    </message>
    <message>
        <source>Its details are shown instead. Confirm it only if its name, size and SHA-256 are those of the document you intend to sign.</source>
        <translation>代わりにファイルの詳細を表示しています。名前、サイズ、SHA-256 が署名しようとしている文書のものと一致する場合にのみ確認してください。</translation>
    </message>
</context>
<context>
    <name>sic::ui::ProgressViewModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Computing the hash</source>
        <translation>ハッシュを計算中</translation>
    </message>
    <message>
        <source>Waiting for your authorization</source>
        <translation>鍵の認可を待っています</translation>
    </message>
    <message>
        <source>Being signed by the service</source>
        <translation>リモート署名サービスで署名中</translation>
    </message>
    <message>
        <source>Embedding the signature</source>
        <translation>電子署名を埋め込み中</translation>
    </message>
    <message>
        <source>Verifying the signed document</source>
        <translation>署名済み文書を検証中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>sic::ui::ResultViewModel</name>
    <message numerus="yes">
        <source>Signing completed: %n document(s) signed.</source>
        <translation>
            <numerusform>電子署名が完了しました：%n 件の文書に署名しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing failed: no document was signed.</source>
        <translation>電子署名に失敗しました：署名された文書はありません。</translation>
    </message>
    <message>
        <source>%1 of %2 documents signed; the others failed.</source>
        <translation>%2 件中 %1 件の文書に署名しました。残りは失敗しました。</translation>
    </message>
    <message>
        <source>this computer&apos;s clock (no time-stamp)</source>
        <translation>この端末の時計（タイムスタンプなし）</translation>
    </message>
    <message>
        <source>Being verified…</source>
        <translation>検証中…</translation>
    </message>
    <message>
        <source>time-stamp by %1</source>
        <translation>タイムスタンプ局：%1</translation>
    </message>
    <message>
        <source>time-stamp</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <source>The verification report could not be written. Check free disk space.</source>
        <translation>検証レポートを書き込めませんでした。ディスクの空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>sic::ui::SigningFlow</name>
    <message>
        <source>Add at least one document and wait until its hash is computed.</source>
        <translation>文書を1件以上追加し、ハッシュの計算が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Preview and confirm each document before you continue.</source>
        <translation>次へ進む前に、各文書をプレビューして確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>You were signed out after %n minute(s) without activity. Sign in again to continue.</source>
        <translation>
            <numerusform>操作がないまま %n 分経過したため、サインアウトしました。続けるにはもう一度サインインしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session with the signature service has ended. Log in again.</source>
        <translation>リモート署名サービスとのセッションが終了しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>A document changed after you confirmed it. Preview and confirm it again.</source>
        <translation>確認した後に文書が変更されました。もう一度プレビューして確認してください。</translation>
    </message>
    <message>
        <source>(not known to this app: you signed in with the browser)</source>
        <translation>（ブラウザーでサインインしたため、このアプリでは不明です）</translation>
    </message>
</context>
<context>
    <name>sic::ui::VerifyViewModel</name>
    <message numerus="yes">
        <source>Verifying: %1 of %n file(s) done…</source>
        <translation>
            <numerusform>検証中：%n 件中 %1 件完了…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) verified.</source>
        <translation>
            <numerusform>キャンセルしました：%n 件中 %1 件を検証済みです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) verified.</source>
        <translation>
            <numerusform>%n 件のファイルを検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder; add the files inside it.</source>
        <translation>%1 はフォルダーです。フォルダー内のファイルを追加してください。</translation>
    </message>
    <message>
        <source>No trust anchors are set, so no signer can be confirmed. Choose them in Settings.</source>
        <translation>信頼アンカーが設定されていないため、署名者を確認できません。「設定」で指定してください。</translation>
    </message>
    <message>
        <source>The trust anchors could not be loaded, so no signer can be confirmed: %1</source>
        <translation>信頼アンカーを読み込めなかったため、署名者を確認できません：%1</translation>
    </message>
    <message>
        <source>The trust anchors could not be loaded, so only the operating system&apos;s web certificate authorities are trusted: %1</source>
        <translation>信頼アンカーを読み込めなかったため、OS の Web 用認証局だけを信頼します：%1</translation>
    </message>
    <message>
        <source>Only the operating system&apos;s web certificate authorities are trusted; signers confirmed through them are shown with a warning. Choose trust anchors in Settings.</source>
        <translation>OS の Web 用認証局だけを信頼しています。これらの認証局で確認された署名者には警告が表示されます。「設定」で信頼アンカーを指定してください。</translation>
    </message>
    <message>
        <source>No trust anchors are set and the operating system&apos;s trust store could not be loaded, so no signer can be confirmed: %1</source>
        <translation>信頼アンカーが設定されておらず、OS の信頼ストアも読み込めなかったため、署名者を確認できません：%1</translation>
    </message>
    <message>
        <source>The operating system&apos;s trust store could not be loaded; only the configured trust anchors are used: %1</source>
        <translation>OS の信頼ストアを読み込めなかったため、設定された信頼アンカーだけを使用します：%1</translation>
    </message>
    <message>
        <source>The report was saved: %1</source>
        <translation>レポートを保存しました: %1</translation>
    </message>
    <message>
        <source>Signatures: %1 valid, %2 valid with warnings, %3 invalid, %4 cannot be confirmed.</source>
        <translation>署名: 有効 %1 件、警告付きで有効 %2 件、無効 %3 件、確認できません %4 件。</translation>
    </message>
</context>
</TS>
