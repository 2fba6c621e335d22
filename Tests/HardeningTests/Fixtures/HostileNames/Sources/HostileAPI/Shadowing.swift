// A user's own types named like the Swift, Foundation and runtime types the generated code uses.
// Generated code names those with their module (`Swift.String`, `APIGenRuntime.Page`), so these
// cannot shadow them: the fixture test compiling this target proves it.
struct String {}
struct Int {}
struct Bool {}
struct Double {}
struct URL {}
struct Mirror {}
struct Page {}
struct PageSequence {}
struct Timestamp {}
struct JSONValue {}
struct JSONObject {}
struct JSONPath {}
struct Nullable {}
struct Credentials {}
struct ValidationReport {}
struct DecodingFailure {}
struct APIClientError {}
struct RequestOptions {}
func requireField() {}
