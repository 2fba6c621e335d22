// Generated clients use JSONValue and friends in their public API; users get them with the client.
@_exported import APIGenJSON
