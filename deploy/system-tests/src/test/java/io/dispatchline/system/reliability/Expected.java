package io.dispatchline.system.reliability;

import java.util.List;

/**
 * What one document must become: its id and the ids of its dispatches in sequence order, as
 * ingest-service's preview splits it (ids are content hashes, so an upload gives the same).
 */
record Expected(String documentId, List<String> ids) {}
