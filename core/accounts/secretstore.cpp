#include "secretstore.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {
const QString ProbeKey = QStringLiteral("epistle-availability-probe");
}

SecretStore::SecretStore(QObject *parent) : SecretStore(QStringLiteral("epistle"), parent) { }

SecretStore::SecretStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) { }

SecretStore::~SecretStore()
{
    wipeMemory();
}

void SecretStore::wipeMemory()
{
    // Best effort: overwrite the characters before the memory goes back to the allocator.
    for (auto it = m_memory.begin(); it != m_memory.end(); ++it) {
        it.value().fill(QLatin1Char('\0'));
    }
    m_memory.clear();
}

QString SecretStore::keyFor(const QString &accountId, Kind kind)
{
    switch (kind) {
    case Kind::Password:
        return accountId;
    case Kind::OAuthToken:
        return accountId + QLatin1String("#oauth");
    case Kind::ProxyPassword:
        return accountId + QLatin1String("#proxy");
    case Kind::OAuthGrant:
        return accountId + QLatin1String("#oauth2");
    case Kind::OAuthClientSecret:
        return accountId + QLatin1String("#oauth-client");
    case Kind::ImapPassword:
        return accountId + QLatin1String("#imap");
    }
    return accountId;
}

bool SecretStore::hasSessionSecret(const QString &accountId, Kind kind) const
{
    return m_memory.contains(keyFor(accountId, kind));
}

void SecretStore::markAvailable()
{
    if (m_availability == Availability::Available) {
        return;
    }
    m_availability = Availability::Available;
    m_reason.clear();
    Q_EMIT availabilityChanged(m_availability);
}

void SecretStore::markUnavailable(const QString &reason)
{
    m_reason = reason;
    if (m_availability == Availability::Unavailable) {
        return;
    }
    m_availability = Availability::Unavailable;
    Q_EMIT availabilityChanged(m_availability);
    Q_EMIT keychainUnavailable(reason);
}

void SecretStore::read(const QString &accountId, Kind kind, QObject *context, Callback done)
{
    const QString key = keyFor(accountId, kind);
    if (m_memory.contains(key)) {
        // Put here during this session because the keychain failed: the newest value.
        Result r;
        r.ok = true;
        r.secret = m_memory.value(key);
        r.storage = Storage::Memory;
        r.error = m_reason;
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        QTimer::singleShot(0, this, [guard, hadContext, done, r] {
            if (done && (!hadContext || guard)) {
                done(r);
            }
        });
        return;
    }
    run(Op::Read, key, {}, context, std::move(done));
}

void SecretStore::write(
    const QString &accountId, Kind kind, const QString &secret, QObject *context, Callback done)
{
    run(Op::Write, keyFor(accountId, kind), secret, context, std::move(done));
}

void SecretStore::remove(const QString &accountId, Kind kind, QObject *context, Callback done)
{
    run(Op::Remove, keyFor(accountId, kind), {}, context, std::move(done));
}

void SecretStore::keepForSession(
    const QString &accountId, Kind kind, const QString &secret, QObject *context, Callback done)
{
    const QString key = keyFor(accountId, kind);
    if (m_memory.contains(key)) {
        m_memory[key].fill(QLatin1Char('\0'));
    }
    // In memory at once: a read while the keychain is still busy already finds it.
    m_memory.insert(key, secret);
    run(Op::RemoveFromKeychain, key, {}, context, std::move(done));
}

void SecretStore::removeAll(const QString &accountId, QObject *context, Callback done)
{
    auto combined = std::make_shared<Result>();
    combined->ok = true;
    removeKinds(accountId,
        { Kind::Password, Kind::OAuthToken, Kind::ProxyPassword, Kind::OAuthGrant, Kind::OAuthClientSecret,
            Kind::ImapPassword },
        combined, QPointer<QObject>(context), context != nullptr, done);
}

void SecretStore::removeKinds(const QString &accountId, QList<Kind> kinds,
    const std::shared_ptr<Result> &combined, const QPointer<QObject> &guard, bool hadContext,
    const Callback &done)
{
    if (kinds.isEmpty()) {
        if (done && (!hadContext || guard)) {
            done(*combined);
        }
        return;
    }
    // One after the other: QtKeychain runs its jobs in sequence anyway. The first failure is the result.
    const Kind kind = kinds.takeFirst();
    remove(accountId, kind, this, [=](const Result &r) {
        if (!r.ok && combined->ok) {
            *combined = r;
        }
        removeKinds(accountId, kinds, combined, guard, hadContext, done);
    });
}

void SecretStore::probe(QObject *context, std::function<void(Availability)> done)
{
    run(Op::Read, ProbeKey, {}, context, [this, done](const Result &) {
        if (done) {
            done(m_availability);
        }
    });
}

// What an operation came to, with the memory fallback applied: a write the keychain refused is kept for this
// session, and a removal also wipes the session's copy.
SecretStore::Result SecretStore::outcome(Op op, const QString &key, const QString &secret, bool keychainOk,
    bool notFound, const QString &value, const QString &error)
{
    Result r;
    r.error = error;
    switch (op) {
    case Op::Read:
        if (keychainOk) {
            r.ok = true;
            r.secret = value;
            r.storage = Storage::Keychain;
        } else {
            r.notFound = true;
        }
        break;
    case Op::Write:
        r.ok = true;
        if (keychainOk) {
            r.storage = Storage::Keychain;
            if (m_memory.contains(key)) {
                m_memory[key].fill(QLatin1Char('\0'));
                m_memory.remove(key);
            }
        } else {
            m_memory.insert(key, secret);
            r.storage = Storage::Memory;
        }
        break;
    case Op::Remove: {
        const bool inMemory = m_memory.contains(key);
        if (inMemory) {
            m_memory[key].fill(QLatin1Char('\0'));
            m_memory.remove(key);
        }
        r.ok = keychainOk || notFound || inMemory;
        break;
    }
    case Op::RemoveFromKeychain:
        r.ok = true;
        r.storage = Storage::Memory;
        break;
    }
    return r;
}

void SecretStore::run(Op op, const QString &key, const QString &secret, QObject *context, Callback done)
{
    // The job has no parent: QtKeychain's Secret Service callbacks point at the job, so it must live until it
    // finishes (it deletes itself then) even if this store goes first; the connections below end with us.
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Op::Remove:
    case Op::RemoveFromKeychain:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    // Never QtKeychain's plaintext QSettings fallback: a secret must not reach a file.
    job->setInsecureFallback(false);

    struct State
    {
        bool finished = false;
    };
    auto state = std::make_shared<State>();
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;

    // Ends the operation once, from the job or from the deadline, applying the memory fallback.
    const auto complete = [this, state, guard, hadContext, done, op, key, secret](
                              bool keychainOk, bool notFound, const QString &value, const QString &error) {
        if (state->finished) {
            return;
        }
        state->finished = true;
        const Result r = outcome(op, key, secret, keychainOk, notFound, value, error);
        if (!keychainOk && !notFound && !error.isEmpty()) {
            markUnavailable(error);
        } else if (keychainOk || notFound) {
            markAvailable();
        }
        if (done && (!hadContext || guard)) {
            done(r);
        }
    };

    auto *deadline = new QTimer(job);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [complete, timeout = m_timeoutMs] {
        complete(false, false, {},
            tr("The system keychain did not answer within %1 seconds.").arg(timeout / 1000.0, 0, 'g', 3));
    });
    connect(job, &QKeychain::Job::finished, this, [complete, op](QKeychain::Job *j) {
        switch (j->error()) {
        case QKeychain::NoError: {
            QString value;
            if (op == Op::Read) {
                value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            }
            complete(true, false, value, {});
            return;
        }
        case QKeychain::EntryNotFound:
            complete(false, true, {}, {});
            return;
        case QKeychain::AccessDeniedByUser:
            complete(false, false, {}, tr("Access to the system keychain was refused."));
            return;
        case QKeychain::NoBackendAvailable:
            complete(false, false, {}, tr("No system keychain is available (%1).").arg(j->errorString()));
            return;
        default:
            complete(false, false, {}, tr("The system keychain failed: %1").arg(j->errorString()));
            return;
        }
    });
    deadline->start(m_timeoutMs);
    job->start();
}
