// Anchors the test support library until its helpers arrive.
namespace EpistleTest { int anchor() { return 0; } }
