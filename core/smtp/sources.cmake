# Sources of core/smtp, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
    smtp/smtp.h smtp/smtp.cpp
    smtp/smtpreply.h smtp/smtpreply.cpp
    smtp/smtpcapabilities.h smtp/smtpcapabilities.cpp
    smtp/smtperror.h smtp/smtperror.cpp
    smtp/smtpconnectionsettings.h
    smtp/smtptlsinfo.h smtp/smtptlsinfo.cpp
    smtp/sasl.h smtp/sasl.cpp
    smtp/smtpadvice.h smtp/smtpadvice.cpp
    smtp/smtpcommands.h smtp/smtpcommands.cpp
    smtp/smtpbodyencoder.h smtp/smtpbodyencoder.cpp
    smtp/smtpbodyupload.h smtp/smtpbodyupload.cpp
    smtp/smtptransport.h smtp/smtptransport.cpp
    smtp/smtpreplyqueue.h smtp/smtpreplyqueue.cpp
    smtp/smtpchannel.h smtp/smtpchannel.cpp
    smtp/smtpclient.h smtp/smtpclient.cpp
    smtp/smtplogin.h smtp/smtplogin.cpp
    smtp/smtptransaction.h smtp/smtptransaction.cpp
    smtp/smtpsender.h smtp/smtpsender.cpp
    smtp/smtptranscript.h smtp/smtptranscript.cpp
)
