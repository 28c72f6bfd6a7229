const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each spec file boots its own Medusa app; stale entity metadata from the last one breaks it.
MetadataStorage.clear()
