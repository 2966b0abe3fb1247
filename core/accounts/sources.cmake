# Sources of core/accounts, included by core/CMakeLists.txt.
target_sources(epistle_core PRIVATE
    accounts/connectiontest.h accounts/connectiontest.cpp
    accounts/account.h accounts/account.cpp
    accounts/accountfile.h accounts/accountfile.cpp
    accounts/accountfileparser.h accounts/accountfileparser.cpp
    accounts/accountstore.h accounts/accountstore.cpp
    accounts/accountlistmodel.h accounts/accountlistmodel.cpp
    accounts/secretstore.h accounts/secretstore.cpp
    accounts/secretmemory.h accounts/secretmemory.cpp
    accounts/autoconfigxml.h accounts/autoconfigxml.cpp
    accounts/providerdatabase.h accounts/providerdatabase.cpp
    accounts/settingsdiscovery.h accounts/settingsdiscovery.cpp
)
