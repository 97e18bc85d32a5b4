/**
 * The editable rows of the citizen-wording dictionary, added to the bundled default file.
 */
package wenzheng.knowledge.synonym;
