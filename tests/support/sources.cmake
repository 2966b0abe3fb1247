# Sources of the test support library.
target_sources(epistle_test_support PRIVATE
    testpaths.h testpaths.cpp
    testaccounts.h testaccounts.cpp
    testcertificates.h testcertificates.cpp
    fakesmtpserver.h fakesmtpserver.cpp
    fakeimapserver.h fakeimapserver.cpp
    testsmtpclient.h testsmtpclient.cpp
    serverregistry.h serverregistry.cpp
    postfixserver.h postfixserver.cpp
    dovecotimapserver.h dovecotimapserver.cpp
    aiosmtpdserver.h aiosmtpdserver.cpp
    oauthproviderserver.h oauthproviderserver.cpp
)
