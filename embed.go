// Package ggzcheck holds the files that are compiled into the ggzcheck binary:
// the plan schema and the policy bundle. go:embed cannot reach parent
// directories, so the embedding lives at the module root.
package ggzcheck

import "embed"

// Files holds schemas/ and policies/ exactly as they are in the repository.
//
//go:embed schemas/*.json policies
var Files embed.FS

// SchemaPath is the plan schema inside Files.
const SchemaPath = "schemas/regioplan.schema.json"

// RegistrySchemaPath is the schema of the region registry inside Files.
const RegistrySchemaPath = "schemas/regios.schema.json"

// RegistryName is the file name of the region registry: a regios.yaml in a
// checked directory is the registry, not a plan.
const RegistryName = "regios.yaml"

// AnswersSchemaPath is the schema of the national table's answers to one
// region for one contracting year inside Files.
const AnswersSchemaPath = "schemas/antwoorden.schema.json"

// AnswersDir is the directory, in the directory of the region registry,
// that holds the national table's answers as <region>/<year>.yaml.
const AnswersDir = "antwoorden"

// ConfigSchemaPath is the schema of a --config file inside Files.
const ConfigSchemaPath = "schemas/config.schema.json"

// PolicyDir is the policy bundle inside Files.
const PolicyDir = "policies"
