// The desktop windows arrive with the app issue; this keeps the target linkable until then.
namespace Epistle::Ui { int placeholder() { return 0; } }
