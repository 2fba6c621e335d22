// The client, its models and validators are generated at build time from spec/hostile-names.json
// by APIGenBuildPlugin (see apigen-config.json next to this file). Hand-written additions to the
// module, if any, go in files like this one.
