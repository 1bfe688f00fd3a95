/** Test code shared by every module: the architecture rules each module's ArchUnit test applies. */
package dev.harmony.testsupport;
