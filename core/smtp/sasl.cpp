#include "sasl.h"

#include <gsasl.h>

namespace {

// Strongest first. The SCRAM family proves the server too; DIGEST-MD5 and CRAM-MD5 keep the password off the
// wire; PLAIN and LOGIN rely on TLS alone; NTLM (v1, through libntlm) is there for on-premises Exchange that
// offers nothing else, and is used only over TLS. GSSAPI needs a Kerberos ticket, so auto only picks it
// without a password. Token mechanisms are picked only when a token is given.
const QList<QByteArray> &passwordOrder()
{
    static const QList<QByteArray> order
        = { "SCRAM-SHA-256", "SCRAM-SHA-1", "DIGEST-MD5", "CRAM-MD5", "PLAIN", "LOGIN", "NTLM" };
    return order;
}
const QList<QByteArray> &tokenOrder()
{
    static const QList<QByteArray> order = { "OAUTHBEARER", "XOAUTH2" };
    return order;
}

// One GNU SASL client session: the library does SASLprep, SCRAM's server-signature check and DIGEST-MD5.
class GnuSaslMechanism final : public SaslMechanism
{
public:
    GnuSaslMechanism(QByteArray name, SmtpCredentials credentials, QString host, QByteArray service)
        : m_name(std::move(name))
        , m_credentials(std::move(credentials))
        , m_host(std::move(host))
        , m_service(std::move(service))
    { }
    ~GnuSaslMechanism() override
    {
        if (m_session) {
            gsasl_finish(m_session);
        }
        if (m_context) {
            gsasl_done(m_context);
        }
    }

    bool init(QString *error)
    {
        int rc = gsasl_init(&m_context);
        if (rc != GSASL_OK) {
            *error = SaslMechanisms::tr("GNU SASL could not start: %1")
                         .arg(QString::fromUtf8(gsasl_strerror(rc)));
            return false;
        }
        gsasl_callback_set(
            m_context, [](Gsasl *, Gsasl_session *, Gsasl_property) { return int(GSASL_NO_CALLBACK); });
        rc = gsasl_client_start(m_context, m_name.constData(), &m_session);
        if (rc != GSASL_OK) {
            *error = SaslMechanisms::tr("GNU SASL cannot do %1: %2")
                         .arg(QString::fromLatin1(m_name), QString::fromUtf8(gsasl_strerror(rc)));
            return false;
        }
        QString user = m_credentials.user;
        if (m_name == "NTLM" && user.contains(QLatin1Char('\\'))) {
            // "DOMAIN\user", as Windows writes it: the domain goes into the NTLM request's own field.
            setProperty(GSASL_REALM, user.section(QLatin1Char('\\'), 0, 0));
            user = user.section(QLatin1Char('\\'), 1);
        }
        setProperty(GSASL_AUTHID, user);
        setProperty(GSASL_PASSWORD, m_credentials.password);
        setProperty(GSASL_AUTHZID, m_credentials.authorizationId);
        gsasl_property_set(m_session, GSASL_SERVICE, m_service.constData());
        setProperty(GSASL_HOSTNAME, m_host);
        // DIGEST-MD5: authentication only; Epistle never negotiates a SASL security layer (TLS does that).
        gsasl_property_set(m_session, GSASL_QOP, "qop-auth");
        return true;
    }

    QByteArray name() const override { return m_name; }
    bool clientFirst() const override
    {
        // MS-SMTPNTLM 3.1.4.1: NTLM's negotiate message goes as the initial response (without it a server
        // answers with a 334 that is not base64).
        return m_name == "PLAIN" || m_name.startsWith("SCRAM-") || m_name == "GSSAPI" || m_name == "NTLM";
    }
    bool completesInOneStep() const override { return m_name == "PLAIN"; }
    bool verifiesServer() const override { return m_name.startsWith("SCRAM-"); }

    Status start(QByteArray *initialResponse) override { return step(QByteArray(), initialResponse); }
    Status next(const QByteArray &challenge, QByteArray *response) override
    {
        return step(challenge, response);
    }
    bool isComplete() const override { return m_complete; }
    QString errorString() const override { return m_error; }

private:
    void setProperty(Gsasl_property property, const QString &value)
    {
        if (!value.isEmpty()) {
            gsasl_property_set(m_session, property, value.toUtf8().constData());
        }
    }

    Status step(const QByteArray &input, QByteArray *output)
    {
        if (m_complete) {
            // The exchange is over on our side; a server that keeps challenging is cancelled ("*").
            m_error = SaslMechanisms::tr("The server kept asking after %1 had finished")
                          .arg(QString::fromLatin1(m_name));
            return Status::Error;
        }
        char *out = nullptr;
        size_t outLen = 0;
        const int rc = gsasl_step(m_session, input.constData(), size_t(input.size()), &out, &outLen);
        if (rc == GSASL_OK || rc == GSASL_NEEDS_MORE) {
            *output = QByteArray(out, qsizetype(outLen));
            gsasl_free(out);
            if (rc == GSASL_OK) {
                m_complete = true;
                return Status::Done;
            }
            return Status::Continue;
        }
        gsasl_free(out);
        //: %1 is a SASL mechanism such as SCRAM-SHA-256, %2 the GNU SASL library's error
        m_error = SaslMechanisms::tr("%1 failed: %2")
                      .arg(QString::fromLatin1(m_name), QString::fromUtf8(gsasl_strerror(rc)));
        if (rc == GSASL_AUTHENTICATION_ERROR && verifiesServer()) {
            m_error = SaslMechanisms::tr(
                "The server's SCRAM signature does not match: it does not know the password, "
                "or someone is in between");
        }
        return Status::Error;
    }

    QByteArray m_name;
    SmtpCredentials m_credentials;
    QString m_host;
    QByteArray m_service;
    Gsasl *m_context = nullptr;
    Gsasl_session *m_session = nullptr;
    bool m_complete = false;
    QString m_error;
};

// XOAUTH2 (Google, Microsoft) and OAUTHBEARER (RFC 7628): a bearer token in the initial response. On failure
// the server sends a JSON error as a challenge, which takes one more (dummy) response before the 535.
class BearerMechanism final : public SaslMechanism
{
public:
    BearerMechanism(QByteArray name, SmtpCredentials credentials, QString host, quint16 port)
        : m_name(std::move(name))
        , m_credentials(std::move(credentials))
        , m_host(std::move(host))
        , m_port(port)
    { }
    QByteArray name() const override { return m_name; }
    bool clientFirst() const override { return true; }
    Status start(QByteArray *initialResponse) override
    {
        const QByteArray user = m_credentials.user.toUtf8();
        const QByteArray token = m_credentials.oauthToken.toUtf8();
        if (m_name == "XOAUTH2") {
            *initialResponse = "user=" + user
                + "\x01"
                  "auth=Bearer "
                + token + "\x01\x01";
        } else {
            // RFC 7628 3.1: gs2-header with the authzid, then key=value pairs separated by %x01.
            QByteArray gs2 = "n,";
            if (!user.isEmpty()) {
                gs2 += "a=" + QByteArray(user).replace("=", "=3D").replace(",", "=2C");
            }
            gs2 += ',';
            *initialResponse = gs2
                + "\x01"
                  "host="
                + m_host.toUtf8()
                + "\x01"
                  "port="
                + QByteArray::number(m_port)
                + "\x01"
                  "auth=Bearer "
                + token + "\x01\x01";
        }
        m_sent = true;
        return Status::Continue;
    }
    Status next(const QByteArray &challenge, QByteArray *response) override
    {
        // Any challenge after the token is the server's error report (RFC 7628 3.2.2); answer so it can
        // finish.
        m_error = SaslMechanisms::tr("The server refused the token: %1")
                      .arg(QString::fromUtf8(challenge).left(300));
        *response = m_name == "OAUTHBEARER" ? QByteArray("\x01") : QByteArray();
        return Status::Continue;
    }
    bool isComplete() const override { return m_sent; }
    QString errorString() const override { return m_error; }

private:
    QByteArray m_name;
    SmtpCredentials m_credentials;
    QString m_host;
    quint16 m_port;
    bool m_sent = false;
    QString m_error;
};

bool gnuSaslSupports(const QByteArray &name)
{
    Gsasl *ctx = nullptr;
    if (gsasl_init(&ctx) != GSASL_OK) {
        return false;
    }
    const bool ok = gsasl_client_support_p(ctx, name.constData());
    gsasl_done(ctx);
    return ok;
}

} // namespace

QList<QByteArray> SaslMechanisms::supported()
{
    QList<QByteArray> all = tokenOrder() + passwordOrder();
    all.append("GSSAPI");
    QList<QByteArray> out;
    for (const QByteArray &m : all) {
        if (tokenOrder().contains(m) || gnuSaslSupports(m)) {
            out.append(m);
        }
    }
    return out;
}

bool SaslMechanisms::isSupported(const QByteArray &name)
{
    return supported().contains(name.toUpper());
}

QByteArray SaslMechanisms::choose(const QList<QByteArray> &offered, const SmtpCredentials &credentials)
{
    QList<QByteArray> order;
    if (!credentials.oauthToken.isEmpty()) {
        order = tokenOrder();
    } else if (!credentials.password.isEmpty()) {
        order = passwordOrder();
    } else {
        order = { "GSSAPI" };
    }
    for (const QByteArray &m : order) {
        if (offered.contains(m) && (tokenOrder().contains(m) || gnuSaslSupports(m))) {
            return m;
        }
    }
    return {};
}

std::unique_ptr<SaslMechanism> SaslMechanisms::create(const QByteArray &name,
    const SmtpCredentials &credentials, const QString &host, quint16 port, QString *error,
    const QByteArray &service)
{
    const QByteArray upper = name.toUpper();
    if (tokenOrder().contains(upper)) {
        if (credentials.oauthToken.isEmpty()) {
            *error = tr("%1 needs an OAuth 2 access token").arg(QString::fromLatin1(upper));
            return nullptr;
        }
        return std::make_unique<BearerMechanism>(upper, credentials, host, port);
    }
    if (!passwordOrder().contains(upper) && upper != "GSSAPI") {
        *error = tr("Epistle does not support the SASL mechanism %1").arg(QString::fromLatin1(upper));
        return nullptr;
    }
    if (upper != "GSSAPI" && credentials.password.isEmpty()) {
        *error = tr("%1 needs a password").arg(QString::fromLatin1(upper));
        return nullptr;
    }
    if (upper != "GSSAPI" && credentials.user.isEmpty()) {
        *error = tr("%1 needs a user name").arg(QString::fromLatin1(upper));
        return nullptr;
    }
    auto mech = std::make_unique<GnuSaslMechanism>(upper, credentials, host, service);
    if (!mech->init(error)) {
        return nullptr;
    }
    return mech;
}
