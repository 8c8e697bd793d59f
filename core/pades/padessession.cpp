#include "pades/padessession.h"
#include "pades/pdfpermissions.h"
#include "pdf/parser.h"
#include "pdf/reader.h"
#include "tsp/timestampsource.h"

#include <QRandomGenerator>

namespace sic {

PadesSession::PadesSession(PadesOptions options) : m_options(std::move(options)) {}

PadesSession::~PadesSession()
{
    *m_alive = false;
    abort();
}

void PadesSession::abort()
{
    if (m_file)
        m_file->discard();
    m_file.reset();
    m_cms.reset();
}

Result<QList<QByteArray>> PadesSession::prepare(const SignerIdentity &signer)
{
    if (m_file)
        return sign::sessionUsed();
    if (auto ok = sign::checkLevel(padesFormat(), m_options.level, m_options.timestamps); !ok)
        return std::unexpected(ok.error());
    if (auto ok = sign::checkOutputPath(m_options.input, m_options.output, m_options.overwrite); !ok)
        return std::unexpected(ok.error());
    auto reader = pdf::Reader::open(m_options.input);
    if (!reader)
        return std::unexpected(reader.error());
    if (auto ok = pades::checkSignable(**reader); !ok)
        return std::unexpected(ok.error());
    // The update numbers its few new objects from /Size: a /Size at the reader's limit would give
    // a file that this reader (and so our own check after signing) refuses.
    if ((*reader)->size() > pdf::Reader::kMaxObjects - 64)
        return pdf::malformed(QStringLiteral("/Size %1 leaves no room for new objects (at most %2)")
                                  .arg((*reader)->size())
                                  .arg(pdf::Reader::kMaxObjects));
    if (m_options.certifyPermissions != 0) {
        auto signed_ = pades::hasSignatures(**reader);
        if (!signed_)
            return std::unexpected(signed_.error());
        if (m_options.certifyPermissions < 0 || m_options.certifyPermissions > 3 || *signed_)
            return fail(
                QStringLiteral("pades.cannot_certify"),
                Tr::tr("Only an unsigned document can be certified. Sign it with an approval signature "
                       "instead."));
    }

    m_capacity = cms::SignedData::estimateSize(
        signer.chain, signer.scheme, needsTimestamp(m_options.level) ? m_options.timestampReserve : 0);
    auto file = sign::PreparedFile::create(m_options.output);
    if (!file)
        return std::unexpected(file.error());
    m_file = std::move(*file);
    const Clock &clock = m_options.clock ? *m_options.clock : SystemClock::instance();
    auto layout = pades::writeSignatureUpdate(**reader, m_options, clock.now(), m_capacity, m_file->file());
    if (!layout) {
        abort();
        return std::unexpected(layout.error());
    }
    m_layout = *layout;
    if (auto ok = m_file->sync(); !ok) {
        abort();
        return std::unexpected(ok.error());
    }
    // Never sign what our own reader cannot open again: the signer would report "signed" for a file
    // that its own verification then calls damaged.
    if (auto again = pdf::Reader::open(m_file->path()); !again) {
        abort();
        return fail(QStringLiteral("pades.unreadable_update"),
                    Tr::tr("The signed document could not be read back after preparing it, so it was not "
                           "signed. The original file is unchanged."),
                    again.error().detail);
    }
    auto digest = digestFileRanges(m_file->path(), m_layout.ranges, signer.scheme.hash);
    if (!digest) {
        abort();
        return std::unexpected(digest.error());
    }
    auto sd = cms::SignedData::create(signer.chain, signer.scheme, *digest);
    if (!sd) {
        abort();
        return std::unexpected(sd.error());
    }
    m_cms = std::move(*sd);
    return QList<QByteArray>{m_cms->dataToBeSignedDigest()};
}

void PadesSession::finish(const QList<QByteArray> &signatureValues, FinishCallback done)
{
    auto failWith = [this, &done](Error e) {
        abort();
        done(std::unexpected(std::move(e)));
    };
    if (!m_file || !m_cms)
        return failWith(Error{
            QStringLiteral("sign.not_prepared"), Tr::tr("The document was not prepared for signing."), {}});
    if (signatureValues.size() != 1)
        return failWith(Error{QStringLiteral("sign.bad_signature_value"),
                              Tr::tr("The signature service returned the wrong number of signatures."),
                              {}});
    if (auto ok = m_cms->setSignatureValue(signatureValues.first()); !ok)
        return failWith(ok.error());
    if (!needsTimestamp(m_options.level)) {
        auto out = embed();
        if (!out)
            abort();
        return done(out);
    }
    // B-T: the time-stamp covers the signature value (CAdES signature-time-stamp).
    const QByteArray imprint = digestBytes(HashAlgorithm::Sha256, m_cms->signatureValue());
    QByteArray nonce(8, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 2);
    nonce[0] = char(nonce[0] & 0x7F); // a positive INTEGER without padding surprises
    std::weak_ptr<bool> alive = m_alive;
    m_options.timestamps->timestamp(imprint, HashAlgorithm::Sha256, nonce,
                                    [this, alive, done](Result<QByteArray> token) {
                                        if (alive.expired())
                                            return;
                                        if (!token) {
                                            abort();
                                            return done(std::unexpected(token.error()));
                                        }
                                        m_cms->setTimestampToken(*token);
                                        auto out = embed();
                                        if (!out)
                                            abort();
                                        done(out);
                                    });
}

Result<QString> PadesSession::embed()
{
    const QByteArray der = m_cms->toDer();
    if (der.size() > m_capacity)
        return fail(
            QStringLiteral("pades.contents_overflow"),
            Tr::tr("The signature is larger than the space reserved for it in the PDF. Try again; if it "
                   "keeps failing, report it to support."),
            QStringLiteral("CMS %1 bytes, reserved %2").arg(der.size()).arg(m_capacity));
    const QByteArray hex = der.toHex().leftJustified(m_capacity * 2, '0');
    QFile &f = m_file->file();
    if (!f.seek(m_layout.contentsStart + 1) || f.write(hex) != hex.size())
        return fail(
            QStringLiteral("io.write_failed"),
            Tr::tr("The signed file could not be written. Check free disk space and write permission."),
            f.errorString());
    if (auto ok = m_file->commit(m_options.output, m_options.overwrite); !ok)
        return std::unexpected(ok.error());
    m_file.reset();
    return m_options.output;
}

} // namespace sic
