# Sources of core/accounts, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
    accounts/connectiontest.h accounts/connectiontest.cpp
    accounts/account.h accounts/account.cpp
    accounts/accountimap.h accounts/accountimap.cpp
    accounts/accountfile.h accounts/accountfile.cpp
    accounts/accountfileparser.h accounts/accountfileparser.cpp
    accounts/accountstore.h accounts/accountstore.cpp
    accounts/accountlistmodel.h accounts/accountlistmodel.cpp
    accounts/secretstore.h accounts/secretstore.cpp
    accounts/secretmemory.h accounts/secretmemory.cpp
    accounts/trustedcertificates.h accounts/trustedcertificates.cpp
    accounts/autoconfigxml.h accounts/autoconfigxml.cpp
    accounts/providerdatabase.h accounts/providerdatabase.cpp
    accounts/settingsdiscovery.h accounts/settingsdiscovery.cpp
    accounts/oauthprovider.h accounts/oauthprovider.cpp
    accounts/oauthtokenclient.h accounts/oauthtokenclient.cpp
    accounts/oauthsignin.h accounts/oauthsignin.cpp
    accounts/oauthcredentials.h accounts/oauthcredentials.cpp
)

# The OAuth 2 clients a packager registered with Google and Microsoft (the project has none of its own):
# they become the built-in providers' client ids. An account's --oauth-client-id still wins.
set(EPISTLE_OAUTH_GOOGLE_CLIENT_ID "" CACHE STRING "OAuth 2 client id registered with Google (desktop app)")
set(EPISTLE_OAUTH_GOOGLE_CLIENT_SECRET "" CACHE STRING
    "The secret Google issues with a desktop-app client id (not confidential for installed apps)")
set(EPISTLE_OAUTH_MICROSOFT_CLIENT_ID "" CACHE STRING "OAuth 2 client id registered with Microsoft (public client)")
configure_file(accounts/epistle_oauth_config.h.in ${CMAKE_CURRENT_BINARY_DIR}/accounts/epistle_oauth_config.h @ONLY)
target_include_directories(epistle_core PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/accounts)
