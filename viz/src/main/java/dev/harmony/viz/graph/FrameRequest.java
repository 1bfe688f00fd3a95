package dev.harmony.viz.graph;

/**
 * Everything one frame of the graph depends on, frozen when it is asked for so that it can be drawn on
 * another thread while the viewport keeps moving.
 *
 * @param scene     the scene
 * @param view      a copy of the viewport
 * @param threshold least |affinity| drawn
 * @param filter    which signs are drawn
 * @param selected  the selected VM's index, or -1
 */
record FrameRequest(GraphScene scene, GraphViewport view, double threshold, EdgeFilter filter, int selected) {
}
