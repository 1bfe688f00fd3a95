/** Starts vMotions with RelocateVM_Task and follows the vCenter task until it ends. */
package dev.harmony.connectors.vcenter.migration;
