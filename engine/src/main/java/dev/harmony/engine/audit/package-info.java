/**
 * The audit trail: an append-only, hash-chained record of approvals, moves and cancellations in the
 * Harmony store, and the transactions that write it together with the facts it describes.
 */
package dev.harmony.engine.audit;
