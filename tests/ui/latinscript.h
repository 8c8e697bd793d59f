#pragma once

// The Japanese screens must not show English: every visible text of a window is read and any word
// of lower-case Latin letters is reported, once names, codes and fingerprints are taken out (file
// names, paths, URLs, distinguished names, upper-case codes such as PDF or OCSP, hex, capitalised
// names such as "Development RSSP"). Used by the screen renderer (tests/ui/screenshots.cpp), whose
// CTest fails on any finding.

#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStringList>

namespace sic::test {

inline QStringList latinWordsShown(QQuickWindow *window)
{
    // Taken out before the search: what is a name or a code, not UI language.
    static const QRegularExpression names(
        QStringLiteral(R"((https?://\S+)|(\S+\.(pdf|xml|p7s|p7m|html|json|csv|pem|ini|txt)\b)|(/\S+)|)"
                       R"(([A-Za-z]+=[^,]+)|(\b[A-Za-z0-9_-]*[0-9_-][A-Za-z0-9_-]*\b))"));
    static const QRegularExpression word(QStringLiteral(R"(\b[a-z]{3,}\b)"));
    QStringList found;
    QList<QQuickItem *> items{window->contentItem()};
    while (!items.isEmpty()) {
        QQuickItem *item = items.takeFirst();
        items << item->childItems();
        if (!item->isVisible() || item->opacity() <= 0)
            continue;
        const QByteArray cls = item->metaObject()->className();
        if (!cls.startsWith("QQuickText") && !cls.startsWith("QQuickLabel"))
            continue;
        bool shown = true;
        for (const QQuickItem *p = item; p && shown; p = p->parentItem())
            shown = p->isVisible() && p->opacity() > 0;
        if (!shown)
            continue;
        QString text = item->property("text").toString();
        text.replace(names, QStringLiteral(" "));
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const QString w = it.next().captured(0);
            found << QStringLiteral("\"%1\" in \"%2\"").arg(w, item->property("text").toString().left(120));
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace sic::test
